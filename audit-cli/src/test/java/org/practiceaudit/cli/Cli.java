package org.practiceaudit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Runs the {@code audit} command as a user would, capturing what it prints. */
final class Cli {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Cli() {}

  record Result(int exitCode, String out, String err) {
    JsonNode json() {
      return MAPPER.readTree(out);
    }
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  /** The path of a test resource beside this class. */
  static String resource(String name) {
    try {
      return Path.of(Cli.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("no test resource " + name, e);
    }
  }
}
