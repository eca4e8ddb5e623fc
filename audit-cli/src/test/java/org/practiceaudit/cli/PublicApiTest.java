package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Pins the public API of the published modules (issue 17 item 2): every public type in a package a
 * module exports, read from the built classes and the modules' own descriptors, must be listed in
 * {@code public-api.txt}. A new public type, or a newly exported package, is then a deliberate
 * change: run with {@code -Dgolden.update=true}, review the diff of the list, and say why in the
 * CHANGELOG.
 */
final class PublicApiTest {

  /** The published modules, by their folders. */
  private static final List<String> MODULES =
      List.of("audit-core", "audit-rules", "audit-json", "audit-html", "audit-import");

  private static final Path GOLDEN = Path.of("src/test/resources/public-api.txt");

  @Test
  void publicApi_everyExportedPublicType_isListed() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String module : MODULES) {
      ModuleDescriptor descriptor =
          ModuleFinder.of(Path.of("..", module, "target", "classes"))
              .findAll()
              .iterator()
              .next()
              .descriptor();
      Set<String> exported = new TreeSet<>();
      descriptor.exports().stream()
          .filter(e -> !e.isQualified())
          .forEach(e -> exported.add(e.source()));
      Set<String> types = new TreeSet<>();
      for (JavaClass type :
          // the module's own built classes: never a test class, nor a test jar on the classpath
          new ClassFileImporter().importPath(Path.of("..", module, "target", "classes"))) {
        if (exported.contains(type.getPackageName()) && isPublicApi(type)) {
          types.add(type.getName());
        }
      }
      lines.add(
          "# "
              + descriptor.name()
              + " ("
              + module
              + "): "
              + types.size()
              + " public types in "
              + exported.size()
              + (exported.size() == 1 ? " exported package" : " exported packages"));
      lines.addAll(types);
    }
    String actual = String.join("\n", lines) + "\n";
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }

    assertThat(actual)
        .as(
            "the public API; after a deliberate change run with -Dgolden.update=true and review the diff")
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  /**
   * A public type reachable from outside: public itself and, if nested, inside public types only.
   */
  private static boolean isPublicApi(JavaClass type) {
    if (type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (JavaClass t = type; t != null; t = t.getEnclosingClass().orElse(null)) {
      if (!t.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
