package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.json.bundled.BundledFrameworks;
import org.practiceaudit.json.configuration.FrameworkConfiguration;
import org.practiceaudit.rules.ConfiguredRule;
import tools.jackson.databind.JsonNode;

final class FormCommandTest {

  @TempDir Path folder;

  private String form(String... args) throws IOException {
    Path file = folder.resolve("form-" + String.join("-", args).replace('/', '_') + ".html");
    String[] all = new String[args.length + 3];
    all[0] = "form";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--out";
    all[args.length + 2] = file.toString();
    Cli.Result result = Cli.run(all);
    assertThat(result.exitCode()).as(result.err()).isZero();
    return Files.readString(file);
  }

  @Nested
  final class Golden {

    @Test
    void form_everyBundledFramework_matchesGoldenFiles() throws IOException {
      for (String id : BundledFrameworks.ids()) {
        ExplainCommandTest.assertGolden(
            form(id), ExplainCommandTest.GOLDEN.resolve("form").resolve(id + ".html"));
      }
      ExplainCommandTest.assertGolden(
          form("camden", "--audit-type", "practice-week"),
          ExplainCommandTest.GOLDEN.resolve("form").resolve("camden-practice-week.html"));
    }
  }

  @Nested
  final class EverythingNamed {

    @Test
    void form_everyBundledFramework_hasEveryDomainIndicatorCategoryAndRule() throws IOException {
      for (String id : BundledFrameworks.ids()) {
        FrameworkConfiguration configuration = BundledFrameworks.load(id);
        String html = form(id);
        for (Domain domain : configuration.framework().domains()) {
          assertThat(html).as(id).contains("name=\"score." + domain.id() + "\"");
          for (Indicator indicator : domain.goodIndicators()) {
            assertThat(html)
                .as(id)
                .contains("name=\"indicators\" value=\"" + indicator.id() + "\"");
          }
          for (Indicator indicator : domain.outstandingIndicators()) {
            assertThat(html)
                .as(id)
                .contains("name=\"indicators\" value=\"" + indicator.id() + "\"");
          }
        }
        for (EscalationCategory category : configuration.framework().escalationCategories()) {
          assertThat(html)
              .as(id)
              .contains("name=\"escalation_category\" value=\"" + category.level() + "\"");
        }
        for (ConfiguredRule rule : configuration.rules()) {
          assertThat(html)
              .as(id)
              .contains("<th scope=\"row\" class=\"code\">" + rule.ruleId() + "</th>");
        }
      }
    }

    @Test
    void form_camdenPracticeWeek_asksConversationAndFeedbackButFrontDoorNoFeedback()
        throws IOException {
      String practiceWeek = form("camden", "--audit-type", "practice-week");
      assertThat(practiceWeek)
          .contains("Conversation with the practitioner")
          .contains("<legend>Feedback from the child or young person</legend>");
      String frontDoor = form("camden", "--audit-type", "front-door");
      assertThat(frontDoor)
          .contains("Conversation with the practitioner")
          .doesNotContain("Feedback from");
    }

    @Test
    void form_dudley_categoriesWithTheirDeadlines() throws IOException {
      assertThat(form("dudley"))
          .contains(
              "<td>follow-up check within 10 working days, England and Wales bank"
                  + " holidays</td>");
    }
  }

  @Nested
  final class Output {

    @Test
    void form_text_saysWhatWasWritten() {
      Path file = folder.resolve("hillingdon.html");
      Cli.Result result = Cli.run("form", "hillingdon", "--out", file.toString());
      assertThat(result.exitCode()).isZero();
      assertThat(result.out())
          .isEqualTo(
              "wrote "
                  + file
                  + ": audit form of hillingdon 2016-11 for monthly-management audits (4 domains,"
                  + " 51 indicators)"
                  + System.lineSeparator());
    }

    @Test
    void form_json_describesTheForm() {
      Path file = folder.resolve("camden.html");
      Cli.Result result =
          Cli.run(
              "form",
              "camden",
              "--audit-type",
              "practice-week",
              "--out",
              file.toString(),
              "--json");
      assertThat(result.exitCode()).isZero();
      JsonNode json = result.json();
      assertThat(json.get("framework").asString()).isEqualTo("camden");
      assertThat(json.get("audit_type").asString()).isEqualTo("practice-week");
      assertThat(json.get("conversation").asBoolean()).isTrue();
      assertThat(json.get("feedback_from")).hasSize(2);
    }

    @Test
    void form_unknownAuditType_exit1ListingTheTypes() {
      Cli.Result result =
          Cli.run(
              "form",
              "camden",
              "--audit-type",
              "practise-week",
              "--out",
              folder.resolve("x.html").toString());
      assertThat(result.exitCode()).isEqualTo(AuditCommand.INVALID);
      assertThat(result.err()).contains("no audit type 'practise-week'").contains("practice-week");
      assertThat(folder.resolve("x.html")).doesNotExist();
    }

    @Test
    void form_withoutOut_usageError() {
      assertThat(Cli.run("form", "camden").exitCode()).isEqualTo(AuditCommand.USAGE);
    }

    @Test
    void form_out_atomicNoTemporaryFileLeft() throws IOException {
      Path file = folder.resolve("sub").resolve("dorset.html");
      assertThat(Cli.run("form", "dorset", "--out", file.toString()).exitCode()).isZero();
      try (var listing = Files.list(file.getParent())) {
        assertThat(listing).containsExactly(file);
      }
    }
  }
}
