package org.practiceaudit.rules.preset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The traceability check of issue 13: {@code requirements.yaml} traces every requirement id of the
 * seed-fidelity review to its seed line, a status and the tests that show it. It fails when a
 * requirement has no status or one of another form, when an implemented requirement names no test
 * or a test that does not exist in the repository's sources, when a cited seed line does not exist
 * or does not hold the quoted words, and when the README's count per status is not the file's.
 *
 * <p>The seeds are read from this module's test resources ({@code seeds/}, copies of the project's
 * {@code ../shared/seeds/}), so the check runs on any clean clone; where the shared folder is
 * reachable the copies are compared with it, and where the review is reachable its ids with the
 * file's.
 */
final class RequirementsTest {

  /** The ids of the seed-fidelity review (December 2026): 6 wrong, 31 partly, 25 missing. */
  static final List<String> REVIEW_IDS =
      List.of(
          "H11", "U17", "U19", "U20", "H2b", "C13", "C7", "C17", "C20", "C21", "C22", "C26", "C28",
          "C29", "C31", "D2", "D4", "D9", "D15", "D17", "H2a", "H6", "L3", "L4", "L9", "L12", "L14",
          "L15", "L17", "L18", "U1", "U2", "U3", "U21", "U24", "U25", "U26", "C9", "C10", "C11",
          "C15", "C19", "C23", "C27", "C32", "D12", "D19", "D20", "D22", "H1", "H4", "H5", "L5",
          "L6", "L13", "L16", "L19", "U13", "U16", "U22", "U23", "U29");

  private static final Pattern STATUS =
      Pattern.compile("implemented|missing|partly: \\S.*|out-of-scope: \\S.*");
  private static final Pattern TEST =
      Pattern.compile(
          "([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)*)\\.([A-Z]\\w*)"
              + "((?:\\$[A-Z]\\w*)*)#([A-Za-z_]\\w*)");
  private static final Pattern LINES = Pattern.compile("\\d+(-\\d+)?(, \\d+(-\\d+)?)*");
  private static final Path ROOT = repositoryRoot();
  private static final List<Requirement> REQUIREMENTS = read();

  /** One traced requirement, as written in the file. */
  private record Requirement(
      String id,
      String seed,
      String lines,
      String quote,
      String statement,
      String status,
      List<String> tests) {

    String kind() {
      int colon = status.indexOf(':');
      return colon < 0 ? status : status.substring(0, colon);
    }
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null
        && !(Files.isDirectory(dir.resolve("audit-core/src"))
            && Files.isRegularFile(dir.resolve("pom.xml")))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("the repository root above %s", Path.of("").toAbsolutePath()).isNotNull();
    return dir;
  }

  private static List<Requirement> read() {
    try (InputStream in = RequirementsTest.class.getResourceAsStream("/requirements.yaml")) {
      assertThat(in).as("requirements.yaml on the test class path").isNotNull();
      JsonNode root = YAMLMapper.builder().build().readTree(in);
      List<Requirement> list = new ArrayList<>();
      for (JsonNode n : root) {
        List<String> tests = new ArrayList<>();
        n.path("tests").forEach(t -> tests.add(t.asString()));
        list.add(
            new Requirement(
                text(n, "id"),
                text(n, "seed"),
                text(n, "lines"),
                text(n, "quote"),
                text(n, "statement"),
                text(n, "status"),
                List.copyOf(tests)));
      }
      return List.copyOf(list);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asString().strip();
  }

  private static List<String> seedLines(String file) {
    try (InputStream in = RequirementsTest.class.getResourceAsStream("/seeds/" + file)) {
      if (in == null) {
        return List.of();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String normalised(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[*_`]", "").replaceAll("\\s+", " ").strip();
  }

  @Nested
  final class File {

    @Test
    void requirements_everyIdOfTheReview_listedExactlyOnce() {
      List<String> ids = REQUIREMENTS.stream().map(Requirement::id).toList();

      assertThat(ids).doesNotHaveDuplicates();
      assertThat(new TreeSet<>(ids)).isEqualTo(new TreeSet<>(REVIEW_IDS));
    }

    @Test
    void review_whereReachable_hasExactlyTheIdsTraced() throws IOException {
      Path review = ROOT.getParent().resolve("shared/reviews/seed-fidelity.md");
      if (!Files.isRegularFile(review)) {
        return; // a clean clone: the ids above are the review's, copied
      }
      Set<String> ids = new TreeSet<>();
      Pattern row = Pattern.compile("^\\| ([CDHLU]\\d+[ab]?(?:(?:-|, )[CDHLU]\\d+[ab]?)?) \\|");
      for (String line : Files.readAllLines(review)) {
        Matcher m = row.matcher(line);
        if (m.find()) {
          ids.addAll(expand(m.group(1)));
        }
      }
      assertThat(ids).isEqualTo(new TreeSet<>(REVIEW_IDS));
    }

    private List<String> expand(String cell) {
      if (cell.contains(", ")) {
        return Arrays.asList(cell.split(", "));
      }
      if (cell.contains("-")) {
        String[] ends = cell.split("-");
        String letter = ends[0].substring(0, 1);
        List<String> ids = new ArrayList<>();
        for (int i = Integer.parseInt(ends[0].substring(1));
            i <= Integer.parseInt(ends[1].substring(1));
            i++) {
          ids.add(letter + i);
        }
        return ids;
      }
      return List.of(cell);
    }
  }

  @Nested
  final class Statuses {

    @Test
    void requirements_every_hasAStatementAndAStatusOfAnAllowedForm() {
      List<String> problems = new ArrayList<>();
      for (Requirement r : REQUIREMENTS) {
        if (!STATUS.matcher(r.status()).matches()) {
          problems.add(
              r.id()
                  + ": status '"
                  + r.status()
                  + "'; expected implemented, missing, 'partly: what is missing' or 'out-of-scope: reason'");
        }
        if (r.statement().isEmpty()) {
          problems.add(r.id() + ": no statement");
        }
      }
      assertThat(problems).isEmpty();
    }

    @Test
    void implemented_everyRequirement_namesAtLeastOneExistingTest() {
      List<String> problems = new ArrayList<>();
      Map<Path, String> sources = new HashMap<>();
      for (Requirement r : REQUIREMENTS) {
        if (r.kind().equals("implemented") && r.tests().isEmpty()) {
          problems.add(r.id() + ": implemented, but names no test");
        }
        for (String test : r.tests()) {
          testProblem(test, sources).ifPresent(p -> problems.add(r.id() + ": " + p));
        }
      }
      assertThat(problems).isEmpty();
    }

    @Test
    void testLookup_missingClassNestedClassOrMethod_isAProblem() {
      Map<Path, String> sources = new HashMap<>();
      String self = RequirementsTest.class.getName() + "$Statuses#";

      assertThat(
              testProblem(self + "testLookup_missingClassNestedClassOrMethod_isAProblem", sources))
          .isEmpty();
      assertThat(testProblem(self + "noSuchTest", sources))
          .hasValueSatisfying(p -> assertThat(p).contains("noSuchTest"));
      assertThat(testProblem(RequirementsTest.class.getName() + "$Nowhere#x", sources)).isPresent();
      assertThat(testProblem("org.practiceaudit.rules.preset.NoSuchTest#x", sources)).isPresent();
      assertThat(testProblem("not a test", sources)).isPresent();
      // A helper that is not a test method does not count.
      assertThat(testProblem(RequirementsTest.class.getName() + "#read", sources)).isPresent();
    }

    @Test
    void readme_statusTable_givesTheCountPerStatus() throws IOException {
      Map<String, Long> counts = new TreeMap<>();
      for (String kind : List.of("implemented", "partly", "missing", "out-of-scope")) {
        counts.put(kind, REQUIREMENTS.stream().filter(r -> r.kind().equals(kind)).count());
      }
      String line =
          "Traced: "
              + REQUIREMENTS.size()
              + " requirements; implemented "
              + counts.get("implemented")
              + ", partly "
              + counts.get("partly")
              + ", missing "
              + counts.get("missing")
              + ", out of scope "
              + counts.get("out-of-scope")
              + ".";

      assertThat(Files.readString(ROOT.resolve("README.md"))).contains(line);
    }
  }

  @Nested
  final class Seeds {

    @Test
    void citations_everyCitedLine_existsIsNotAllBlankAndHoldsTheQuote() {
      List<String> problems = new ArrayList<>();
      for (Requirement r : REQUIREMENTS) {
        List<String> seed = seedLines(r.seed());
        if (seed.isEmpty()) {
          problems.add(r.id() + ": no seed '" + r.seed() + "' in seeds/");
          continue;
        }
        if (!LINES.matcher(r.lines()).matches()) {
          problems.add(r.id() + ": lines '" + r.lines() + "'; expected such as '21, 27-106'");
          continue;
        }
        StringBuilder cited = new StringBuilder();
        for (String range : r.lines().split(", ")) {
          String[] ends = range.split("-");
          int from = Integer.parseInt(ends[0]);
          int to = Integer.parseInt(ends[ends.length - 1]);
          if (from < 1 || to > seed.size() || from > to) {
            problems.add(
                r.id()
                    + ": line "
                    + range
                    + " does not exist in "
                    + r.seed()
                    + " ("
                    + seed.size()
                    + " lines)");
            continue;
          }
          seed.subList(from - 1, to).forEach(l -> cited.append(l).append('\n'));
        }
        if (cited.toString().isBlank()) {
          problems.add(r.id() + ": lines " + r.lines() + " of " + r.seed() + " are blank");
        }
        if (!r.quote().isEmpty() && !normalised(cited.toString()).contains(normalised(r.quote()))) {
          problems.add(
              r.id() + ": '" + r.quote() + "' is not in lines " + r.lines() + " of " + r.seed());
        }
      }
      assertThat(problems).isEmpty();
    }

    @Test
    void copies_whereTheSharedSeedsAreReachable_areUnchanged() throws IOException {
      Path shared = ROOT.getParent().resolve("shared/seeds");
      if (!Files.isDirectory(shared)) {
        return; // a clean clone: the copies are the seeds
      }
      Set<String> files = new LinkedHashSet<>();
      try (Stream<Path> list = Files.list(shared)) {
        list.map(p -> p.getFileName().toString())
            .filter(n -> n.endsWith(".txt"))
            .sorted()
            .forEach(files::add);
      }
      assertThat(files).hasSize(5);
      for (String file : files) {
        try (InputStream copy = RequirementsTest.class.getResourceAsStream("/seeds/" + file)) {
          assertThat(copy).as("a copy of %s", file).isNotNull();
          assertThat(copy.readAllBytes())
              .as(file)
              .isEqualTo(Files.readAllBytes(shared.resolve(file)));
        }
      }
    }
  }

  /**
   * Why a test reference does not name a test method in the repository's test sources, if it does
   * not.
   */
  private static Optional<String> testProblem(String test, Map<Path, String> sources) {
    Matcher m = TEST.matcher(test);
    if (!m.matches()) {
      return Optional.of("'" + test + "' is not of the form package.Class$Nested#method");
    }
    String relative = m.group(1).replace('.', '/') + "/" + m.group(2) + ".java";
    Optional<Path> file;
    try (Stream<Path> modules = Files.list(ROOT)) {
      file =
          modules
              .map(d -> d.resolve("src/test/java").resolve(relative))
              .filter(Files::isRegularFile)
              .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (file.isEmpty()) {
      return Optional.of("no test source " + relative + " in any module for " + test);
    }
    String code = sources.computeIfAbsent(file.get(), RequirementsTest::codeOnly);
    int[] span = {0, code.length()};
    List<String> classes = new ArrayList<>();
    classes.add(m.group(2));
    if (!m.group(3).isEmpty()) {
      classes.addAll(Arrays.asList(m.group(3).substring(1).split("\\$")));
    }
    for (String name : classes) {
      Matcher c =
          Pattern.compile("\\bclass\\s+" + name + "\\b").matcher(code).region(span[0], span[1]);
      if (!c.find()) {
        return Optional.of("no class " + name + " in " + relative + " for " + test);
      }
      int open = code.indexOf('{', c.end());
      span = new int[] {open + 1, closing(code, open)};
    }
    Matcher method =
        Pattern.compile(
                "@(Test|ParameterizedTest|RepeatedTest)\\b[^;{}]*\\bvoid\\s+"
                    + m.group(4)
                    + "\\s*\\(")
            .matcher(code)
            .region(span[0], span[1]);
    return method.find()
        ? Optional.empty()
        : Optional.of("no test method " + m.group(4) + " in " + test);
  }

  private static int closing(String code, int open) {
    int depth = 0;
    for (int i = open; i < code.length(); i++) {
      char ch = code.charAt(i);
      if (ch == '{') {
        depth++;
      } else if (ch == '}' && --depth == 0) {
        return i;
      }
    }
    return code.length();
  }

  /**
   * The source with comments, string and character literals and text blocks blanked out, same
   * length.
   */
  private static String codeOnly(Path file) {
    String source;
    try {
      source = Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    char[] out = source.toCharArray();
    int i = 0;
    while (i < out.length) {
      int end;
      if (source.startsWith("//", i)) {
        end = source.indexOf('\n', i);
        end = end < 0 ? out.length : end;
      } else if (source.startsWith("/*", i)) {
        end = source.indexOf("*/", i + 2);
        end = end < 0 ? out.length : end + 2;
      } else if (source.startsWith("\"\"\"", i)) {
        end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? out.length : end + 3;
      } else if (out[i] == '"' || out[i] == '\'') {
        char quote = out[i];
        end = i + 1;
        while (end < out.length && out[end] != quote && out[end] != '\n') {
          end += out[end] == '\\' ? 2 : 1;
        }
        end = Math.min(end + 1, out.length);
      } else {
        i++;
        continue;
      }
      for (int k = i; k < end; k++) {
        if (out[k] != '\n') {
          out[k] = ' ';
        }
      }
      i = end;
    }
    return new String(out);
  }
}
