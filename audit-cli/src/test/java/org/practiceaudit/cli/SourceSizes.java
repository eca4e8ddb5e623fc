package org.practiceaudit.cli;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Measures the size of classes and methods in Java sources with the JDK's own parser, for the size
 * limits of issue 17: no top-level class over {@value #MAX_CLASS_LINES} lines and no method or
 * constructor over {@value #MAX_METHOD_LINES}, unless the line directly above the declaration (or
 * above its javadoc) is a {@code // size: <reason>} comment.
 *
 * <p>Lines are physical lines as google-java-format lays them out. A method's lines run from its
 * first annotation or modifier to its closing brace (its javadoc is not counted). A top-level class
 * counts its whole file up to its closing brace, package, imports and javadoc included, as {@code
 * wc -l} does: that is what a reader has to read.
 */
final class SourceSizes {

  /** The most lines a top-level class may take without a reason. */
  static final int MAX_CLASS_LINES = 500;

  /** The most lines a method or constructor may take without a reason. */
  static final int MAX_METHOD_LINES = 60;

  /** The marker that excuses one declaration: {@code // size:} followed by a reason. */
  private static final Pattern MARKER = Pattern.compile("^\\s*//\\s*size:\\s*\\S.*$");

  private SourceSizes() {}

  /** One declaration over its limit. */
  record Violation(String file, long line, String kind, String name, long lines, int limit) {
    @Override
    public String toString() {
      return file
          + ":"
          + line
          + ": "
          + kind
          + " "
          + name
          + " has "
          + lines
          + " lines (limit "
          + limit
          + "; or a '// size: <reason>' line above it)";
    }
  }

  /** The Java files under every module's {@code src/main/java} below {@code root}, sorted. */
  static List<Path> mainSources(Path root) {
    try (Stream<Path> modules = Files.list(root)) {
      List<Path> files = new ArrayList<>();
      for (Path module : modules.sorted().toList()) {
        Path sources = module.resolve("src/main/java");
        if (module.getFileName().toString().startsWith("audit-") && Files.isDirectory(sources)) {
          try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
          }
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The violations in the given files, each named by its path relative to {@code root}. */
  static List<Violation> violations(Path root, List<Path> files) {
    List<Violation> found = new ArrayList<>();
    for (Path file : files) {
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        found.addAll(violations(root.relativize(file).toString(), text));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return found;
  }

  /** The violations in one source text, named {@code name}. */
  static List<Violation> violations(String name, String text) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    JavaFileObject source =
        new SimpleJavaFileObject(URI.create("string:///" + name), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
          }
        };
    JavacTask task =
        (JavacTask)
            compiler.getTask(null, null, d -> {}, List.of("-proc:none"), null, List.of(source));
    try {
      List<Violation> found = new ArrayList<>();
      SourcePositions positions = Trees.instance(task).getSourcePositions();
      String[] lines = text.split("\n", -1);
      for (CompilationUnitTree unit : task.parse()) {
        new Scanner(name, unit, positions, lines, found).scan(unit, null);
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Scanner extends TreeScanner<Void, Void> {
    private final String file;
    private final CompilationUnitTree unit;
    private final SourcePositions positions;
    private final String[] lines;
    private final List<Violation> found;
    private int depth;
    private long previousEnd;

    Scanner(
        String file,
        CompilationUnitTree unit,
        SourcePositions positions,
        String[] lines,
        List<Violation> found) {
      this.file = file;
      this.unit = unit;
      this.positions = positions;
      this.lines = lines;
      this.found = found;
    }

    @Override
    public Void visitClass(ClassTree tree, Void unused) {
      if (depth == 0) {
        long first = line(positions.getStartPosition(unit, tree));
        long last = line(positions.getEndPosition(unit, tree));
        check(first, last - previousEnd, "class", tree.getSimpleName().toString(), MAX_CLASS_LINES);
        previousEnd = last;
      }
      depth++;
      try {
        return super.visitClass(tree, unused);
      } finally {
        depth--;
      }
    }

    @Override
    public Void visitMethod(MethodTree tree, Void unused) {
      String name = tree.getName().contentEquals("<init>") ? "constructor" : "method";
      long first = line(positions.getStartPosition(unit, tree));
      long last = line(positions.getEndPosition(unit, tree));
      check(first, last - first + 1, name, tree.getName().toString(), MAX_METHOD_LINES);
      return super.visitMethod(tree, unused);
    }

    private long line(long position) {
      return unit.getLineMap().getLineNumber(position);
    }

    private void check(long first, long size, String kind, String name, int limit) {
      if (size > limit && !excused(first)) {
        found.add(new Violation(file, first, kind, name, size, limit));
      }
    }

    /** Whether the line above {@code line} (1-based), or above the javadoc there, is a marker. */
    private boolean excused(long line) {
      int above = (int) line - 2;
      if (above >= 0 && lines[above].trim().endsWith("*/")) {
        while (above >= 0 && !lines[above].trim().startsWith("/*")) {
          above--;
        }
        above--;
      }
      return above >= 0 && MARKER.matcher(lines[above]).matches();
    }
  }
}
