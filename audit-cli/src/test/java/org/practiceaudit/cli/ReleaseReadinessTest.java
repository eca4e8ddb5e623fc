package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What a Maven user expects of a released library (issue 17 item 8), checked against the build
 * files themselves: the licence the POM names is in the repository, and the BOM pins every
 * published artifact at the reactor's version, so a module added later cannot be forgotten in it.
 */
final class ReleaseReadinessTest {

  /** Built and tested, never published (their POMs skip deploy). */
  private static final List<String> UNPUBLISHED = List.of("audit-bench", "audit-bom");

  private static final Path ROOT = Path.of("..");

  @Test
  void license_file_isTheApacheLicenseThePomNames() throws IOException {
    String license = Files.readString(ROOT.resolve("LICENSE"), StandardCharsets.UTF_8);
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);

    assertThat(pom).contains("<name>Apache License, Version 2.0</name>");
    assertThat(license)
        .contains("Apache License")
        .contains("Version 2.0, January 2004")
        .contains("END OF TERMS AND CONDITIONS");
  }

  @Test
  void bom_everyPublishedModule_isPinnedAtTheReactorVersion() throws Exception {
    Document parent = xml(ROOT.resolve("pom.xml"));
    String version = child(parent.getDocumentElement(), "version");
    Map<String, String> expected = new TreeMap<>();
    for (String module : texts(parent.getDocumentElement(), "module")) {
      if (!UNPUBLISHED.contains(module)) {
        expected.put(module, version);
      }
    }

    Document bom = xml(ROOT.resolve("audit-bom/pom.xml"));
    Map<String, String> pinned = new TreeMap<>();
    NodeList dependencies = bom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      assertThat(child(dependency, "groupId")).isEqualTo("org.practiceaudit");
      pinned.put(child(dependency, "artifactId"), child(dependency, "version"));
    }

    assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(version);
    assertThat(pinned).isEqualTo(expected);
  }

  private static Document xml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static String child(Element element, String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element && node.getNodeName().equals(name)) {
        return node.getTextContent().trim();
      }
    }
    throw new AssertionError("<" + element.getNodeName() + "> has no <" + name + ">");
  }

  private static List<String> texts(Element element, String name) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = element.getElementsByTagName(name);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().trim());
    }
    return texts;
  }
}
