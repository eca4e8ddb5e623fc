package org.practiceaudit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Scenarios of the five source documents, as a council's auditor would tell them, run through the
 * command line ({@code audit check}, {@code audit allocate}) on the bundled frameworks (issue 13
 * item 5). Each test is named after the requirement ids of the seed-fidelity review it shows. All
 * people, cases and audits are synthetic.
 */
final class SeedScenariosTest {

  @TempDir Path dir;

  /** Writes audits in audit-json's interchange form, one JSON object per line. */
  private Path audits(String name, String... lines) throws IOException {
    Path file = dir.resolve(name + ".jsonl");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private Path csv(String name, String... lines) throws IOException {
    Path file = dir.resolve(name + ".csv");
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private static JsonNode check(String framework, Path audits, String asOf) {
    Cli.Result result =
        Cli.run(
            "check",
            "--framework",
            framework,
            "--audits",
            audits.toString(),
            "--as-of",
            asOf,
            "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    return result.json();
  }

  private static JsonNode audit(JsonNode json, String auditId) {
    for (JsonNode audit : json.get("audits")) {
      if (audit.get("audit_id").asString().equals(auditId)) {
        return audit;
      }
    }
    throw new AssertionError("no audit " + auditId);
  }

  private static JsonNode outcome(JsonNode json, String auditId, String ruleId) {
    for (JsonNode outcome : audit(json, auditId).get("outcomes")) {
      if (outcome.get("rule_id").asString().equals(ruleId)) {
        return outcome;
      }
    }
    throw new AssertionError("no outcome of " + ruleId + " for " + auditId);
  }

  private static List<String> unmet(JsonNode json, String auditId) {
    List<String> rules = new ArrayList<>();
    audit(json, auditId).get("unmet").forEach(u -> rules.add(u.get("rule_id").asString()));
    return rules;
  }

  /** Camden audit programme 2021-22 (seed 000). */
  @Nested
  final class Camden {

    private static final String PRACTICE_WEEK =
        "{\"case_id\": \"SYN-C1\", \"auditor_id\": \"SYN-TM02\","
            + " \"framework_id\": \"camden\", \"framework_version\": \"2021-22\", \"audit_type\": \"practice-week\","
            + " \"allocated_on\": \"2026-07-06\", \"completed_on\": \"2026-07-10\", \"overall_grade\": \"Inadequate\","
            + " \"actions\": [{\"description\": \"synthetic action\", \"owner_id\": \"SYN-TM01\", \"due_on\": \"2026-08-07\"},"
            + " {\"description\": \"synthetic action\", \"owner_id\": \"SYN-TM01\", \"due_on\": \"2026-08-14\"}],"
            + " \"practitioner_conversation\": {\"with_id\": \"SYN-SW01\", \"timing\": \"during\", \"held_on\": \"2026-07-08\"},"
            + " \"feedback_from\": [\"child\", \"parent-or-carer\"], \"notified\": [\"head-of-service\", \"qa-unit\"]";

    @Test
    void
        C23_inadequatePracticeWeekAuditWithTwoActions_completesButClosesOnlyOnceTheHeadOfServiceSignsOff()
            throws IOException {
      // "An Inadequate practice week audit with two actions, the child's and family's feedback and
      // a
      // conversation with the social worker may complete; the Head of Service must be satisfied its
      // actions
      // are sufficient before it is closed."
      Path file =
          audits(
              "camden",
              "{\"audit_id\": \"SYN-A1\", "
                  + PRACTICE_WEEK.substring(1)
                  + ", \"status\": \"completed\"}",
              "{\"audit_id\": \"SYN-A2\", "
                  + PRACTICE_WEEK.substring(1)
                  + ", \"status\": \"closed\"}",
              "{\"audit_id\": \"SYN-A3\", "
                  + PRACTICE_WEEK.substring(1)
                  + ", \"status\": \"closed\","
                  + " \"signed_off_by\": [\"head-of-service\"]}");

      JsonNode json = check("camden", file, "2026-07-31");

      JsonNode awaiting = outcome(json, "SYN-A1", "camden/head-of-service-sign-off");
      assertThat(awaiting.get("status").asString()).isEqualTo("not-applicable");
      assertThat(awaiting.get("reason").asString())
          .isEqualTo(
              "graded Inadequate: awaiting sign-off by [head-of-service] before the audit is closed");
      assertThat(awaiting.get("notifications").findValuesAsString("recipient"))
          .containsExactly("head-of-service");
      assertThat(unmet(json, "SYN-A1")).isEmpty();
      assertThat(unmet(json, "SYN-A2")).containsExactly("camden/head-of-service-sign-off");
      assertThat(
              outcome(json, "SYN-A3", "camden/head-of-service-sign-off").get("status").asString())
          .isEqualTo("pass");
    }

    @Test
    void C15_septemberFrontDoorRoundWithOneAuditJointWithEarlyHelp_reportCountsTheJointAudit()
        throws IOException {
      // "September's front-door round is carried out jointly with Early Help for one case;
      // January's
      // is not. Over the year's front-door audits the report counts one joint audit with Early
      // Help, so the programme's 'at least once a year' can be seen to be met."
      Path file =
          csv(
              "front-door-year",
              "audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,escalation_category,theme,joint_with",
              "SYN-F1,SYN-C1,SYN-TM01,front-door,2021-09-01,2021-09-15,Good,,front-door-decision-making,early-help",
              "SYN-F2,SYN-C2,SYN-TM02,front-door,2021-09-01,2021-09-16,Good,,front-door-decision-making,",
              "SYN-F3,SYN-C3,SYN-TM02,front-door,2022-01-10,2022-01-20,Good,,front-door-decision-making,");

      Cli.Result result =
          Cli.run(
              "report",
              "--framework",
              "camden",
              "--audits",
              file.toString(),
              "--cohort",
              "joint_with",
              "--as-of",
              "2022-03-31",
              "--json");

      assertThat(result.exitCode()).as(result.err()).isZero();
      List<String> joint = new ArrayList<>();
      for (JsonNode cohort : result.json().get("cohorts")) {
        if (cohort.get("dimension").asString().equals("joint_with")) {
          joint.add(cohort.get("value").asString() + " " + cohort.get("audits").asLong());
        }
      }
      assertThat(joint).containsExactly("early-help 1");
      assertThat(jointWithEarlyHelp(result.json()).get("done").asInt()).isEqualTo(1);
    }

    @Test
    void C15_yearOfFrontDoorAuditsNoneJointWithEarlyHelp_programmeShowsNoneOfOneDone()
        throws IOException {
      // "Neither September's nor January's front-door round was carried out jointly with Early
      // Help: the programme's progress shows the year's joint audit as 0 done of 1 planned."
      Path file =
          csv(
              "front-door-alone",
              "audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,escalation_category,theme",
              "SYN-F2,SYN-C2,SYN-TM02,front-door,2021-09-01,2021-09-16,Good,,front-door-decision-making",
              "SYN-F3,SYN-C3,SYN-TM02,front-door,2022-01-10,2022-01-20,Good,,front-door-decision-making");

      Cli.Result json = report(file, "--json");
      Cli.Result text = report(file);

      assertThat(json.exitCode()).as(json.err()).isZero();
      JsonNode joint = jointWithEarlyHelp(json.json());
      assertThat(joint.get("done").asInt()).isZero();
      assertThat(joint.get("entry").get("planned").asInt()).isEqualTo(1);
      assertThat(text.out())
          .contains("2021-04 to 2022-03 front-door jointly with early-help: 0 done of 1 planned");
    }

    @Test
    void C26_cscpThemedAuditOnDomesticAbuse_drawsTenCasesAllOnTheTheme() throws IOException {
      // "The CSCP's themed audit this half-year is on domestic abuse: 10 cases are drawn at random,
      // all fitting the theme; without a theme column in the cases file the draw is refused."
      List<String> lines = new ArrayList<>();
      lines.add("case_id,category,team,worker,opened_on,closed_on,last_audited_on,theme");
      for (int i = 1; i <= 20; i++) {
        lines.add(
            String.format(
                "SYN-M%02d,CIN,Team A,SYN-SW01,2020-01-10,,,%s",
                i, i % 2 == 0 ? "domestic-abuse" : "neglect"));
      }
      Path cases = csv("multi-agency-cases", lines.toArray(String[]::new));
      Path untagged =
          csv(
              "untagged",
              lines.get(0).replace(",theme", ""),
              "SYN-M01,CIN,Team A,SYN-SW01,2020-01-10,,");

      Cli.Result result = sampleMultiAgency(cases, "--json");
      Cli.Result refused = sampleMultiAgency(untagged);

      assertThat(result.exitCode()).as(result.err()).isZero();
      List<String> drawn = new ArrayList<>();
      result.json().get("selected").forEach(id -> drawn.add(id.asString()));
      assertThat(drawn).hasSize(10);
      assertThat(drawn)
          .allMatch(
              id -> Integer.parseInt(id.substring("SYN-M".length())) % 2 == 0, "on the theme");
      assertThat(refused.exitCode()).isNotZero();
      assertThat(refused.err()).contains("draws cases on the theme 'domestic-abuse'");
    }

    private static Cli.Result sampleMultiAgency(Path cases, String... more) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "sample",
                  "--cases",
                  cases.toString(),
                  "--as-of",
                  "2021-06-30",
                  "--seed",
                  "20210630",
                  "--framework",
                  "camden",
                  "--plan",
                  "multi-agency",
                  "--theme",
                  "domestic-abuse"));
      args.addAll(List.of(more));
      return Cli.run(args.toArray(String[]::new));
    }

    private static Cli.Result report(Path audits, String... more) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "report",
                  "--framework",
                  "camden",
                  "--audits",
                  audits.toString(),
                  "--as-of",
                  "2022-03-31"));
      args.addAll(List.of(more));
      return Cli.run(args.toArray(String[]::new));
    }

    private static JsonNode jointWithEarlyHelp(JsonNode report) {
      for (JsonNode line : report.get("programme_progress").get("entries")) {
        if (line.get("entry").path("joint_with").asString("").equals("early-help")) {
          return line;
        }
      }
      throw new AssertionError("no programme entry joint with early-help in " + report);
    }

    @Test
    void C11_complianceAuditOnClosureNotSentToTheIro_fails() throws IOException {
      // "The team manager's compliance audit of a case closed in July is recorded but not sent to
      // the IRO."
      Path file =
          audits(
              "compliance",
              "{\"audit_id\": \"SYN-K1\", \"case_id\": \"SYN-C9\", \"auditor_id\": \"SYN-TM01\", \"framework_id\": \"camden\","
                  + " \"framework_version\": \"2021-22\", \"audit_type\": \"compliance\", \"status\": \"completed\","
                  + " \"allocated_on\": \"2026-07-20\", \"completed_on\": \"2026-07-22\", \"overall_grade\": \"Good\","
                  + " \"practitioner_conversation\": {\"with_id\": \"SYN-SW01\", \"timing\": \"during\", \"held_on\": \"2026-07-21\"}}",
              "{\"audit_id\": \"SYN-K2\", \"case_id\": \"SYN-C8\", \"auditor_id\": \"SYN-TM01\", \"framework_id\": \"camden\","
                  + " \"framework_version\": \"2021-22\", \"audit_type\": \"compliance\", \"status\": \"completed\","
                  + " \"allocated_on\": \"2026-07-20\", \"completed_on\": \"2026-07-22\", \"overall_grade\": \"Good\","
                  + " \"notified\": [\"independent-reviewing-officer\"]}");

      JsonNode json = check("camden", file, "2026-07-31");

      JsonNode notSent = outcome(json, "SYN-K1", "camden/compliance-sent-to-iro");
      assertThat(notSent.get("status").asString()).isEqualTo("fail");
      assertThat(notSent.get("reason").asString())
          .isEqualTo("not recorded as shared with [independent-reviewing-officer]");
      assertThat(outcome(json, "SYN-K2", "camden/compliance-sent-to-iro").get("status").asString())
          .isEqualTo("pass");
    }

    @Test
    void C9_complianceAuditOfAClosedEastCase_allocatedToEastsOwnTeamManager() throws IOException {
      // "When an East case closes, East's team manager carries out the compliance audit; a practice
      // week
      // audit of the same case goes to another team's manager."
      Path closed =
          csv(
              "closed",
              "case_id,category,team,worker,opened_on,closed_on,last_audited_on",
              "SYN-C1,CIN,East,SYN-SW01,2025-04-01,2026-07-17,");
      Path open =
          csv(
              "open",
              "case_id,category,team,worker,opened_on,closed_on,last_audited_on",
              "SYN-C1,CIN,East,SYN-SW01,2025-04-01,,");
      Path auditors =
          csv(
              "auditors",
              "auditor_id,role,team,capacity",
              "SYN-TM01,team-manager,East,2",
              "SYN-TM02,team-manager,West,2");

      Cli.Result compliance =
          Cli.run(
              "allocate",
              "--framework",
              "camden",
              "--audit-type",
              "compliance",
              "--cases",
              closed.toString(),
              "--auditors",
              auditors.toString());
      Cli.Result practiceWeek =
          Cli.run(
              "allocate",
              "--framework",
              "camden",
              "--audit-type",
              "practice-week",
              "--cases",
              open.toString(),
              "--auditors",
              auditors.toString());

      assertThat(compliance.exitCode()).as(compliance.err()).isZero();
      assertThat(compliance.out()).contains("SYN-C1 -> SYN-TM01").contains("allocated 1 of 1 case");
      assertThat(practiceWeek.out()).contains("SYN-C1 -> SYN-TM02");
    }
  }

  /** Dorset monthly audit report, June 2019 (seed 001). */
  @Nested
  final class Dorset {

    @Test
    void D9_lacAuditWithAnUnescalatedUrgentConcern_mayNotCompleteUntilEscalated()
        throws IOException {
      // "A June LAC audit scoring 6 in every domain, graded Requires Improvement with an urgent
      // safeguarding
      // concern, the social worker spoken to after the audit: it may not complete until the concern
      // is
      // escalated to Safeguarding and Standards; escalated at 10:00 on 14 June it may."
      String audit =
          "\"case_id\": \"SYN-L1\", \"auditor_id\": \"SYN-AU01\", \"framework_id\": \"dorset\","
              + " \"framework_version\": \"2019-06\", \"audit_type\": \"monthly-management\", \"status\": \"in-progress\","
              + " \"allocated_on\": \"2019-06-03\", \"overall_grade\": \"Requires Improvement\","
              + " \"concerns\": [\"urgent-safeguarding-concern\"],"
              + " \"actions\": [{\"description\": \"synthetic action\", \"owner_id\": \"SYN-TM01\", \"due_on\": \"2019-07-01\"}],"
              + " \"practitioner_conversation\": {\"with_id\": \"SYN-SW01\", \"timing\": \"after\", \"held_on\": \"2019-06-14\"},"
              + " \"scores\": {\"voice-of-the-child\": 6, \"management-oversight\": 6, \"equality-and-diversity\": 6, \"impact-of-intervention\": 6, \"effectiveness-of-approaches\": 6, \"policies-and-procedures\": 6, \"recording-and-chronology\": 6}";
      Path file =
          audits(
              "dorset",
              "{\"audit_id\": \"SYN-J1\", " + audit + "}",
              "{\"audit_id\": \"SYN-J2\", "
                  + audit
                  + ", \"escalated_at\": \"2019-06-14T09:00:00Z\"}");

      JsonNode json = check("dorset", file, "2019-06-14");

      assertThat(unmet(json, "SYN-J1")).containsExactly("dorset/urgent-concern-escalated");
      assertThat(
              outcome(json, "SYN-J1", "dorset/urgent-concern-escalated")
                  .get("notifications")
                  .findValuesAsString("recipient"))
          .containsExactly("safeguarding-and-standards");
      assertThat(unmet(json, "SYN-J2")).isEmpty();
      assertThat(outcome(json, "SYN-J2", "dorset/domain-average").get("score").asDouble())
          .isEqualTo(6.0);
    }

    @Test
    void D12_D15_D17_mayAndJuneAuditsOfLacAndCwad_reportPerAuditorPerMonthAndPerCohort()
        throws IOException {
      // "Two auditors audit looked-after and disabled children's files in May and June 2019. In
      // May one judgement is Inadequate; in June none is, and one is Outstanding. Supervision and
      // management oversight is the weakest domain for both LAC and CWAD, the voice of the child
      // the strongest. One June audit is not completed yet: SYN-AU02's compliance is 2 of 3."
      String head =
          "audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,escalation_category,"
              + "score.voice-of-the-child,score.management-oversight,category";
      Path file =
          csv(
              "dorset-report",
              head,
              "SYN-M1,SYN-C1,SYN-AU01,monthly-management,2019-05-01,2019-05-20,Inadequate,,5,4,looked-after",
              "SYN-M2,SYN-C2,SYN-AU02,monthly-management,2019-05-01,2019-05-22,Good,,7,6,looked-after",
              "SYN-J1,SYN-C3,SYN-AU01,monthly-management,2019-06-03,2019-06-17,Good,,7,6,looked-after",
              "SYN-J2,SYN-C4,SYN-AU01,monthly-management,2019-06-03,2019-06-18,Outstanding,,8,6,looked-after",
              "SYN-J3,SYN-C5,SYN-AU02,monthly-management,2019-06-03,2019-06-19,Good,,8,6,disabled-children",
              "SYN-J4,SYN-C6,SYN-AU02,monthly-management,2019-06-03,,,,,,disabled-children");
      Cli.Result result =
          Cli.run(
              "report",
              "--framework",
              "dorset",
              "--audits",
              file.toString(),
              "--cohort",
              "category",
              "--as-of",
              "2019-06-30",
              "--json");
      assertThat(result.exitCode()).as(result.err()).isZero();
      JsonNode json = result.json();

      JsonNode auditors = json.get("compliance_by_auditor");
      assertThat(auditors.findValuesAsString("auditor_id")).containsExactly("SYN-AU01", "SYN-AU02");
      assertThat(auditors.get(1).get("compliance_detail").get("completed_on_time").asLong())
          .isEqualTo(2);
      assertThat(auditors.get(1).get("compliance_detail").get("pending").asLong()).isEqualTo(1);

      JsonNode months = json.get("grades_by_month");
      assertThat(months.findValuesAsString("month")).containsExactly("2019-05", "2019-06");
      assertThat(months.get(0).get("grades").get("Inadequate").get("count").asLong()).isEqualTo(1);
      assertThat(months.get(1).get("grades").get("Inadequate").get("count").asLong()).isZero();
      assertThat(months.get(1).get("grades").get("Outstanding").get("count").asLong()).isEqualTo(1);

      for (JsonNode cohort : json.get("cohorts")) {
        assertThat(cohort.get("weakest_domain").asString())
            .as(cohort.get("value").asString())
            .isEqualTo("management-oversight");
        assertThat(cohort.get("strongest_domain").asString()).isEqualTo("voice-of-the-child");
      }
      assertThat(json.get("cohorts").findValuesAsString("value"))
          .contains("looked-after", "disabled-children");

      Cli.Result text =
          Cli.run(
              "report",
              "--framework",
              "dorset",
              "--audits",
              file.toString(),
              "--cohort",
              "category",
              "--as-of",
              "2019-06-30");
      assertThat(text.out())
          .contains(
              "  auditor SYN-AU02     3 allocated, 2 on time, 0 late, 0 overdue, 1 not yet due;"
                  + " compliance 66.7%")
          .contains(
              "  completed 2019-05: Outstanding 0, Good 1, Requires Improvement 0, Inadequate 1")
          .contains(
              "cohort category=looked-after: 4 completed audits, good or better 75.0%;"
                  + " weakest domain management-oversight 5.50, strongest voice-of-the-child 6.75");
    }
  }

  /** Hillingdon, "A guide to auditing" (seed 002). */
  @Nested
  final class Hillingdon {

    private static final String HOME_VISITS =
        "[\"hv-purpose\", \"hv-who-present\", \"hv-child-seen\","
            + " \"hv-home-environment\", \"hv-seen-alone\", \"hv-wishes-feelings\", \"hv-lived-experience\","
            + " \"hv-analysis\"]";

    @Test
    void H2b_H4_H11_homeVisitsRatedGoodWithEvidence_goodButTwelveWorkingDaysIsLate()
        throws IOException {
      // "A team manager rates home visits Good, every good indicator evidenced and the evidence
      // written,
      // overall Good with its evidence; allocated on Monday 2 November and completed on Wednesday
      // 18 November, twelve working days later, it is late (Part A is due in ten, on Monday 16
      // November).
      // The same audit without written evidence for the overall judgement may not complete."
      String audit =
          "\"case_id\": \"SYN-H1\", \"auditor_id\": \"SYN-TM01\", \"framework_id\": \"hillingdon\","
              + " \"framework_version\": \"2016-11\", \"audit_type\": \"monthly-management\", \"status\": \"completed\","
              + " \"allocated_on\": \"2026-11-02\", \"completed_on\": \"2026-11-18\", \"overall_grade\": \"Good\","
              + " \"area_grades\": {\"home-visits\": \"Good\"}, \"evidenced_indicators\": "
              + HOME_VISITS;
      Path file =
          audits(
              "hillingdon",
              "{\"audit_id\": \"SYN-H1\", "
                  + audit
                  + ", \"sections\": [\"evidence/home-visits\", \"evidence/overall\"]}",
              "{\"audit_id\": \"SYN-H2\", "
                  + audit
                  + ", \"sections\": [\"evidence/home-visits\"]}");

      JsonNode json = check("hillingdon", file, "2026-11-30");

      JsonNode due = outcome(json, "SYN-H1", "hillingdon/audit-due");
      assertThat(due.get("status").asString()).isEqualTo("fail");
      assertThat(due.get("deadline").get("due").asString()).isEqualTo("2026-11-16");
      JsonNode grade = outcome(json, "SYN-H1", "hillingdon/indicator-grade");
      assertThat(grade.get("grade").asString()).isEqualTo("Good");
      assertThat(grade.get("flags")).isEmpty();
      assertThat(outcome(json, "SYN-H1", "hillingdon/evidence-for-rating").get("status").asString())
          .isEqualTo("pass");
      assertThat(outcome(json, "SYN-H2", "hillingdon/evidence-for-rating").get("reason").asString())
          .isEqualTo("sections not written: [evidence/overall]");
      assertThat(unmet(json, "SYN-H2")).containsExactly("hillingdon/evidence-for-rating");
    }
  }

  /** London multi-agency safeguarding audit pack (seed 003). */
  @Nested
  final class London {

    @Test
    void L13_healthsAuditSentToThePractitionerOnly_failsNamingTheManager() throws IOException {
      // "Health's audit of a child protection case, completed on 9 March and sent to the health
      // visitor but
      // not to her manager."
      Path file =
          audits(
              "london",
              "{\"audit_id\": \"SYN-M1\", \"case_id\": \"SYN-P1\", \"auditor_id\": \"SYN-HV02\","
                  + " \"framework_id\": \"london-multi-agency\", \"framework_version\": \"1\","
                  + " \"audit_type\": \"multi-agency\", \"agency\": \"health\", \"status\": \"completed\","
                  + " \"allocated_on\": \"2026-03-02\", \"completed_on\": \"2026-03-09\","
                  + " \"notified\": [\"practitioner\"]}");

      JsonNode json = check("london-multi-agency", file, "2026-03-13");

      JsonNode shared = outcome(json, "SYN-M1", "london-multi-agency/audit-shared");
      assertThat(shared.get("status").asString()).isEqualTo("fail");
      assertThat(shared.get("reason").asString())
          .isEqualTo("not recorded as shared with [team-manager]");
      assertThat(shared.get("notifications").findValuesAsString("recipient"))
          .containsExactly("practitioner", "team-manager");
    }

    @Test
    void
        L18_policeAuditorFindsTheChildAtImmediateRisk_mayNotCompleteUntilRaisedWithPractitionerAndManager()
            throws IOException {
      // "The police auditor finds the child at immediate risk: the practitioner and their manager
      // are told at
      // once, and the audit may not complete until the concern is recorded as raised."
      String audit =
          "\"case_id\": \"SYN-P2\", \"auditor_id\": \"SYN-PC01\","
              + " \"framework_id\": \"london-multi-agency\", \"framework_version\": \"1\","
              + " \"audit_type\": \"multi-agency\", \"agency\": \"police\", \"status\": \"in-progress\","
              + " \"allocated_on\": \"2026-03-02\", \"concerns\": [\"immediate-risk\"]";
      Path file =
          audits(
              "risk",
              "{\"audit_id\": \"SYN-M2\", " + audit + "}",
              "{\"audit_id\": \"SYN-M3\", "
                  + audit
                  + ", \"escalated_at\": \"2026-03-04T11:00:00Z\"}");

      JsonNode json = check("london-multi-agency", file, "2026-03-04");

      JsonNode concern = outcome(json, "SYN-M2", "london-multi-agency/urgent-concern-escalated");
      assertThat(concern.get("notifications").findValuesAsString("recipient"))
          .containsExactly("team-manager", "practitioner");
      assertThat(unmet(json, "SYN-M2"))
          .containsExactly("london-multi-agency/urgent-concern-escalated");
      assertThat(unmet(json, "SYN-M3")).isEmpty();
    }

    @Test
    void L16_L17_policeWithOneAuditorAndNobodyNew_warnedAndEachAgencyAuditsItsOwnRecord()
        throws IOException {
      // "Police send one auditor and every auditor is experienced: the coordinator is warned. Each
      // agency's
      // auditor audits their own agency's record, never one they were involved in."
      Path cases =
          csv(
              "records",
              "case_id,category,team,worker,opened_on,closed_on,last_audited_on,agency",
              "SYN-P1,CP,Child Protection,SYN-SW01,2025-04-01,,,health",
              "SYN-P2,CP,Child Protection,SYN-SW01,2025-04-01,,,police");
      Path auditors =
          csv(
              "auditors",
              "auditor_id,role,team,capacity,agency,experience",
              "SYN-HV01,team-manager,Child Protection,2,health,experienced",
              "SYN-HV02,team-manager,Health Visiting,2,health,senior",
              "SYN-PC01,team-manager,Public Protection,2,police,experienced");

      Cli.Result result =
          Cli.run(
              "allocate",
              "--framework",
              "london-multi-agency",
              "--audit-type",
              "multi-agency",
              "--cases",
              cases.toString(),
              "--auditors",
              auditors.toString(),
              "--json");

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.err())
          .contains(
              "agency police has 1 auditor; the London pack asks for at least 2 from each agency")
          .contains("no auditor is new to the role");
      List<String> pairs = new ArrayList<>();
      result
          .json()
          .get("assignments")
          .forEach(
              a -> pairs.add(a.get("case_id").asString() + "=" + a.get("auditor_id").asString()));
      // own agency only; SYN-HV01 sits in the case's team, which own-agency audits allow
      assertThat(pairs).hasSize(2).contains("SYN-P2=SYN-PC01").doesNotContain("SYN-P1=SYN-PC01");
    }

    /** A completed multi-agency audit of a case by one agency, with its area grades. */
    private String graded(String id, String caseId, String agency, String areaGrades) {
      return "{\"audit_id\": \""
          + id
          + "\", \"case_id\": \""
          + caseId
          + "\","
          + " \"auditor_id\": \"SYN-"
          + agency.toUpperCase(java.util.Locale.ROOT)
          + "01\","
          + " \"framework_id\": \"london-multi-agency\", \"framework_version\": \"1\","
          + " \"audit_type\": \"multi-agency\", \"agency\": \""
          + agency
          + "\","
          + " \"status\": \"completed\", \"allocated_on\": \"2026-03-02\","
          + " \"completed_on\": \"2026-03-20\", \"overall_grade\": \"Good\","
          + " \"area_grades\": {"
          + areaGrades
          + "}}";
    }

    @Test
    void L4_L14_twoCasesAuditedByThreeAgencies_reportTotalsEachAreaForAllAgenciesAndEach()
        throws IOException {
      // "Social care, health and the police each audit their records of two children. The
      // overview report shows, for each area of work, the grades all agencies gave it and each
      // agency's own: assessment works well (five of six Good or better), planning needs
      // attention (health graded it Inadequate on one case and Requires Improvement on the other)."
      String good = "\"assessment\": \"Good\", \"planning\": \"Good\"";
      Path file =
          audits(
              "overview",
              graded("SYN-M1", "SYN-P1", "social-care", good),
              graded(
                  "SYN-M2",
                  "SYN-P1",
                  "health",
                  "\"assessment\": \"Good\", \"planning\": \"Inadequate\""),
              graded(
                  "SYN-M3", "SYN-P1", "police", "\"assessment\": \"RI\", \"planning\": \"Good\""),
              graded(
                  "SYN-M4",
                  "SYN-P2",
                  "social-care",
                  "\"assessment\": \"Outstanding\", \"planning\": \"Good\""),
              graded(
                  "SYN-M5", "SYN-P2", "health", "\"assessment\": \"Good\", \"planning\": \"RI\""),
              graded("SYN-M6", "SYN-P2", "police", good));
      String[] report = {
        "report",
        "--framework",
        "london-multi-agency",
        "--audits",
        file.toString(),
        "--as-of",
        "2026-03-31"
      };

      Cli.Result text = Cli.run(report);
      Cli.Result json =
          Cli.run(
              java.util.stream.Stream.concat(
                      java.util.Arrays.stream(report), java.util.stream.Stream.of("--json"))
                  .toArray(String[]::new));

      assertThat(text.exitCode()).as(text.err()).isZero();
      assertThat(text.out())
          .contains(
              "multi-agency overview: 3 agencies (health, police, social-care), 2 areas of work, 4 disagreements")
          .contains(
              "  area planning, all agencies: Outstanding 0, Good 4, Requires Improvement 1,"
                  + " Inadequate 1 (6 graded, good or better 66.7%)")
          .contains(
              "    health: Outstanding 0, Good 0, Requires Improvement 1, Inadequate 1"
                  + " (2 graded, good or better 0.0%)")
          .contains(
              "  area assessment, all agencies: Outstanding 1, Good 4, Requires Improvement 1,"
                  + " Inadequate 0 (6 graded, good or better 83.3%)");
      assertThat(json.exitCode()).as(json.err()).isZero();
      JsonNode overview = json.json().get("multi_agency_overview");
      assertThat(
              overview
                  .get("by_area")
                  .get("planning")
                  .get("grades")
                  .get("Inadequate")
                  .get("count")
                  .asInt())
          .isEqualTo(1);
      assertThat(
              overview
                  .get("by_agency_and_area")
                  .get("health")
                  .get("planning")
                  .get("good_or_better")
                  .asDouble())
          .isZero();
    }
  }

  /** Dudley audit framework 2017 (seed 004). */
  @Nested
  final class Dudley {

    @Test
    void
        U17_U19_U23_requiresImprovementWithTwoActionsEscalatedAt3pmOn18December_category3Due20January()
            throws IOException {
      // "An RI audit with two actions, escalated at 15:00 on 18 December, is category 3, follow-up
      // due 20
      // working days later on Wednesday 20 January (Christmas, Boxing Day on Monday 28th and New
      // Year's Day
      // skipped); without a pen picture of the child's journey it may not complete."
      String audit =
          "\"case_id\": \"SYN-D1\", \"auditor_id\": \"SYN-AP01\", \"framework_id\": \"dudley\","
              + " \"framework_version\": \"2017-08\", \"audit_type\": \"case-file\", \"status\": \"completed\","
              + " \"allocated_on\": \"2026-12-01\", \"completed_on\": \"2026-12-18\","
              + " \"overall_grade\": \"Requires Improvement\","
              + " \"escalated_at\": \"2026-12-18T15:00:00Z\","
              + " \"actions\": [{\"description\": \"synthetic action\"}, {\"description\": \"synthetic action\"}]";
      Path file =
          audits(
              "dudley",
              "{\"audit_id\": \"SYN-E1\", " + audit + ", \"sections\": [\"pen-picture\"]}",
              "{\"audit_id\": \"SYN-E2\", " + audit + "}");

      JsonNode json = check("dudley", file, "2026-12-18");

      JsonNode category = outcome(json, "SYN-E1", "dudley/escalation-category");
      assertThat(category.get("escalation_category").asInt()).isEqualTo(3);
      assertThat(category.get("deadline").get("due").asString()).isEqualTo("2027-01-20");
      assertThat(unmet(json, "SYN-E1")).isEmpty();
      assertThat(unmet(json, "SYN-E2")).containsExactly("dudley/pen-picture");
    }

    @Test
    void U1_councilsYearOf300CaseFileAudits_reportTracksAuditsDoneAgainstThePlan()
        throws IOException {
      // "Dudley plans 300 case file audits for its year from April 2026. By the end of November
      // three are completed: the report shows 3 of 300 done, 297 to go." The document names no
      // year, so the council writes its year into the framework's programme.
      String bundled;
      try (var in = getClass().getResourceAsStream("/org/practiceaudit/json/bundled/dudley.json")) {
        bundled = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      String withYear =
          bundled.replaceFirst(
              "\"sampling_plans\":",
              "\"programme\": {\"name\": \"Case file audits 2026-27\", \"entries\": [{\"month\":"
                  + " \"2026-04\", \"until\": \"2027-03\", \"audit_type\": \"case-file\","
                  + " \"planned\": 300, \"notes\": \"a sample frame of 300 audits per year\"}]},"
                  + " \"sampling_plans\":");
      Path framework = dir.resolve("dudley-2026-27.json");
      Files.writeString(framework, withYear);
      Path file =
          csv(
              "dudley-year",
              "audit_id,case_id,auditor_id,type,allocated_on,completed_on,grade,escalation_category",
              "SYN-Y1,SYN-C1,SYN-AP01,case-file,2026-04-06,2026-04-20,Good,4",
              "SYN-Y2,SYN-C2,SYN-AP01,case-file,2026-09-01,2026-09-14,Good,4",
              "SYN-Y3,SYN-C3,SYN-AP02,case-file,2026-11-02,2026-11-16,Requires Improvement,3",
              "SYN-Y4,SYN-C4,SYN-AP02,case-file,2026-11-23,,,");

      Cli.Result json =
          Cli.run(
              "report",
              "--framework",
              framework.toString(),
              "--audits",
              file.toString(),
              "--as-of",
              "2026-11-30",
              "--json");
      Cli.Result text =
          Cli.run(
              "report",
              "--framework",
              framework.toString(),
              "--audits",
              file.toString(),
              "--as-of",
              "2026-11-30");

      assertThat(json.exitCode()).as(json.err()).isZero();
      JsonNode progress = json.json().get("programme_progress");
      assertThat(progress.get("done_total").asInt()).isEqualTo(3);
      assertThat(progress.get("planned_total").asInt()).isEqualTo(300);
      assertThat(progress.get("remaining_total").asInt()).isEqualTo(297);
      assertThat(text.out())
          .contains("programme: 3 of 300 planned audits done")
          .contains("2026-04 to 2027-03 case-file: 3 done of 300 planned");
    }

    @Test
    void U26_moderatorRegradesGoodAndTheAuditorIsNotTold_failsNamingTheDifference()
        throws IOException {
      // "The Lead Auditor moderates an RI audit as Good on 8 January; until the auditor is sent the
      // moderated audit with the grading difference, the sharing is outstanding."
      Path file =
          audits(
              "moderated",
              "{\"audit_id\": \"SYN-E3\", \"case_id\": \"SYN-D3\", \"auditor_id\": \"SYN-AP01\", \"framework_id\": \"dudley\","
                  + " \"framework_version\": \"2017-08\", \"audit_type\": \"case-file\", \"status\": \"moderated\","
                  + " \"allocated_on\": \"2026-12-01\", \"completed_on\": \"2026-12-16\","
                  + " \"overall_grade\": \"Requires Improvement\", \"sections\": [\"pen-picture\"],"
                  + " \"actions\": [{\"description\": \"synthetic action\"}],"
                  + " \"moderation\": {\"moderator_id\": \"SYN-LA01\", \"grade\": \"Good\", \"moderated_on\": \"2027-01-08\"}}");

      JsonNode json = check("dudley", file, "2027-01-08");

      JsonNode shared = outcome(json, "SYN-E3", "dudley/moderation-shared");
      assertThat(shared.get("status").asString()).isEqualTo("fail");
      assertThat(shared.get("reason").asString())
          .isEqualTo(
              "not recorded as shared with [auditor], including the"
                  + " grading difference (Requires Improvement by the auditor, Good by the moderator)");
    }
  }
}
