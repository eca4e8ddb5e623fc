package org.practiceaudit.json.configuration;

import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceaudit.json.AuditJson;
import org.practiceaudit.json.Problem;
import org.practiceaudit.json.binding.Mappers;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A configuration document read into a tree whose nodes know their line and column. */
final class Document {

  /**
   * A quoted fragment of a parser's message, with the character code Jackson adds after a
   * character.
   */
  private static final Pattern QUOTED = Pattern.compile("'([^'\\r\\n]*)'( \\(code \\d+\\))?");

  private static final Set<String> KEYWORDS = Set.of("null", "true", "false");

  /**
   * The hardened mapper for configuration trees written in JSON (no value binding): the read limits
   * and strict settings of {@link AuditJson}, floating-point numbers as doubles.
   */
  static final JsonMapper JSON =
      Mappers.configure(JsonMapper.builder(Mappers.jsonFactory(AuditJson.readConstraints())))
          .build();

  /** The hardened mapper for configuration trees written in YAML, as {@link #JSON}. */
  static final YAMLMapper YAML =
      Mappers.configure(YAMLMapper.builder(Mappers.yamlFactory(AuditJson.readConstraints())))
          .build();

  final JsonNode root;

  private Document(JsonNode root) {
    this.root = root;
  }

  /** Reads a document, or returns the problem that stops it being read. */
  static io.vavr.control.Either<Problem, Document> read(String text, DocumentFormat format) {
    if (text.length() > AuditJson.MAX_DOCUMENT_LENGTH) {
      return io.vavr.control.Either.left(
          new Problem(
              "",
              1,
              1,
              "the document is too long: "
                  + text.length()
                  + " characters; the limit is "
                  + AuditJson.MAX_DOCUMENT_LENGTH));
    }
    ObjectMapper mapper = format == DocumentFormat.YAML ? YAML : JSON;
    JsonParser parser = mapper.createParser(text);
    try (parser) {
      JsonNode root =
          mapper
              .reader(LocationJsonNodeFactoryFactory.getInstance().getJsonNodeFactory(parser))
              .without(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
              .readTree(parser);
      if (root == null || root.isMissingNode()) {
        // The whole document, from its start: there is no value to point at.
        return io.vavr.control.Either.left(new Problem("", 1, 1, "the document is empty"));
      }
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        return io.vavr.control.Either.left(
            new Problem(
                "",
                at.getLineNr(),
                at.getColumnNr(),
                "unexpected content after the end of the document"));
      }
      return io.vavr.control.Either.right(new Document(root));
    } catch (StreamConstraintsException e) {
      return io.vavr.control.Either.left(
          problem(e, parser, "the document exceeds a safety limit: " + limitMessage(e)));
    } catch (JacksonException e) {
      return io.vavr.control.Either.left(
          problem(
              e,
              parser,
              "the document is not valid "
                  + format.name()
                  + ": "
                  + withoutDocumentText(firstLine(e.getOriginalMessage()))));
    }
  }

  private static String limitMessage(StreamConstraintsException e) {
    String message = firstLine(e.getOriginalMessage()).toLowerCase(Locale.ROOT);
    if (message.contains("nesting depth")) {
      return "nested more than " + AuditJson.MAX_NESTING_DEPTH + " levels deep";
    }
    if (message.contains("number value length")) {
      return "a number longer than " + AuditJson.MAX_NUMBER_LENGTH + " digits";
    }
    if (message.contains("string value length")) {
      return "a text longer than " + AuditJson.MAX_STRING_LENGTH + " characters";
    }
    if (message.contains("name length")) {
      return "a property name longer than " + AuditJson.MAX_NAME_LENGTH + " characters";
    }
    if (message.contains("document length")) {
      return "longer than " + AuditJson.MAX_DOCUMENT_LENGTH + " characters";
    }
    return firstLine(e.getOriginalMessage());
  }

  /**
   * The problem at the exception's location, or where the parser stopped when the exception has
   * none (the YAML reader's safety limits), or at the document's start.
   */
  private static Problem problem(JacksonException e, JsonParser parser, String message) {
    TokenStreamLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      at = parser.currentLocation();
    }
    int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
    int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
    return new Problem("", line, column, message);
  }

  /**
   * Removes the document's own text from a parser's message: the parser quotes the token or
   * character it could not read ({@code Unrecognized token 'Smith'}), which may be anything the
   * file holds. Quoted JSON keywords ({@code 'null'}, {@code 'true'}, {@code 'false'}) are the
   * parser's grammar and stay.
   */
  static String withoutDocumentText(String message) {
    Matcher quoted = QUOTED.matcher(message);
    StringBuilder out = new StringBuilder();
    while (quoted.find()) {
      boolean grammar = KEYWORDS.contains(quoted.group(1)) && quoted.group(2) == null;
      quoted.appendReplacement(
          out, Matcher.quoteReplacement(grammar ? quoted.group() : "(not shown)"));
    }
    quoted.appendTail(out);
    return out.toString();
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable input";
    }
    String first = message.strip().lines().findFirst().orElse(message);
    return first.length() > 300 ? first.substring(0, 300) + "..." : first;
  }

  /** The node at a pointer, or the deepest existing ancestor. */
  JsonNode nearest(String pointer) {
    JsonNode node = root;
    JsonPointer p = JsonPointer.compile(pointer);
    while (!p.matches()) {
      JsonNode next = node.isObject() ? node.get(p.getMatchingProperty()) : null;
      if (next == null && p.getMatchingIndex() >= 0 && node.isArray()) {
        next = node.get(p.getMatchingIndex());
      }
      if (next == null || next.isMissingNode()) {
        break;
      }
      node = next;
      p = p.tail();
    }
    return node;
  }

  /** A problem at a pointer, with the line and column of the nearest node. */
  Problem problem(String pointer, String message) {
    JsonNode node = nearest(pointer);
    int line = 0;
    int column = 0;
    if (node instanceof TokenStreamLocationAware) {
      TokenStreamLocation at = ((TokenStreamLocationAware) node).tokenStreamLocation();
      if (at != null) {
        line = Math.max(0, at.getLineNr());
        column = Math.max(0, at.getColumnNr());
      }
    }
    return new Problem(pointer, line, column, message);
  }

  static String pointer(List<Object> path) {
    StringBuilder b = new StringBuilder();
    for (Object element : path) {
      b.append('/').append(element.toString().replace("~", "~0").replace("/", "~1"));
    }
    return b.toString();
  }

  static String child(String pointer, Object element) {
    List<Object> one = new ArrayList<>();
    one.add(element);
    return pointer + pointer(one);
  }
}
