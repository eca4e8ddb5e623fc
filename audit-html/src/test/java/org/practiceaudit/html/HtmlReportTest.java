package org.practiceaudit.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.ActionStatus;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.ImmutableAudit;
import org.practiceaudit.core.audit.ImmutableRecommendedAction;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.grade.GradeScale;
import org.practiceaudit.core.quota.DateRange;
import org.practiceaudit.core.quota.QuotaPeriod;
import org.practiceaudit.core.quota.QuotaTracker;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.report.AuditDeadline;
import org.practiceaudit.core.report.AuditReport;
import org.practiceaudit.core.report.AuditorCompliance;
import org.practiceaudit.core.report.CohortResult;
import org.practiceaudit.core.report.EscalationDeadline;
import org.practiceaudit.core.report.GradeCount;
import org.practiceaudit.core.report.MonthlyGrades;
import org.practiceaudit.core.report.MultiAgencyOverview;
import org.practiceaudit.core.report.ReportAggregate;
import org.practiceaudit.core.report.ReportSpec;
import org.practiceaudit.core.score.DomainScore;
import org.practiceaudit.core.score.ScoreScale;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/**
 * Renders a fixed synthetic report. The golden file pins the exact HTML; to regenerate it
 * deliberately run {@code mvn -pl audit-html -am verify -Dgolden.update=true} and review the diff.
 */
final class HtmlReportTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/report.html");
  static final String HOSTILE =
      "<script>alert(\"x\")</script> & 'Team' <img src=x onerror=alert(1)>";
  static final GradeScale OFSTED = GradeScale.ofsted();

  static Domain domain(String id, String title) {
    return Domain.builder().id(id).title(title).scoreScale(ScoreScale.of(1, 10)).build();
  }

  static final ReportSpec SPEC =
      ReportSpec.builder()
          .addDomain(domain("voice", "Voice of the child"))
          .addDomain(domain("planning", "Planning"))
          .addDomain(domain("supervision", HOSTILE))
          .gradeScale(OFSTED)
          .asOf(Instant.parse("2019-07-01T09:00:00Z"))
          .auditDeadline(AuditDeadline.daysAfterAllocation(20))
          .escalationDeadline(EscalationDeadline.elapsedHours(Map.of(1, 48)))
          .addAllCohortAttributes(ReportSpec.DORSET_COHORTS)
          .quotas(
              QuotaTracker.of(List.of(RoleQuota.of(Role.SERVICE_MANAGER, 2, QuotaPeriod.PER_YEAR)))
                  .scope(
                      Map.of(PersonId.of("SM1"), Role.SERVICE_MANAGER),
                      DateRange.parse("2019-01-01/2019-12-31"),
                      DateRange.parse("2019-01-01/2019-12-31")))
          .build();

  /** Synthetic audits over three months; no real case or person. */
  static List<Audit> audits() {
    List<Audit> audits = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      LocalDate allocated = LocalDate.of(2019, 4 + i / 8, 1);
      boolean done = i % 8 != 7;
      ImmutableAudit.Builder audit =
          Audit.builder()
              .id(AuditId.of("SYN-A" + i))
              .caseId(CaseId.of("SYN-C" + i))
              .auditor(PersonId.of(i % 3 == 0 ? "SM1" : "AUD" + i % 3))
              .frameworkId("synthetic")
              .frameworkVersion("1")
              .auditType(i % 4 == 0 ? "thematic" : "monthly")
              .status(done ? AuditStatus.COMPLETED : AuditStatus.ALLOCATED)
              .allocatedOn(allocated)
              .putAttribute("category", i % 3 == 0 ? "disabled-children" : "looked-after")
              .putAttribute("team", i % 2 == 0 ? "east" : HOSTILE);
      if (done) {
        audit
            .completedOn(allocated.plusDays(i % 5 == 0 ? 25 : 15))
            .putScore("voice", DomainScore.of(5 + (i * 7) % 5 + i / 8))
            .putScore(
                "planning",
                i % 6 == 0 ? DomainScore.notApplicable() : DomainScore.of(4 + (i * 3) % 6))
            .putScore("supervision", DomainScore.of(3 + (i * 5) % 4 + i / 8))
            .overallGrade(OFSTED.ofRank((i * 5) % 4));
        if (i % 4 == 1) {
          audit.moderation(
              Moderation.of(
                  PersonId.of("LEAD"),
                  OFSTED.ofRank(((i * 5) % 4 + i % 3) % 4),
                  allocated.plusDays(28)));
        }
      }
      if (i % 6 == 1) {
        audit.escalationCategory(1 + i % 3).escalatedAt(Instant.parse("2019-06-28T10:00:00Z"));
        audit.addAction(
            ImmutableRecommendedAction.builder()
                .description("synthetic")
                .dueOn(LocalDate.of(2019, 6, 10 + i % 20))
                .status(i % 12 == 1 ? ActionStatus.OPEN : ActionStatus.DONE)
                .closedOn(i % 12 == 1 ? Optional.empty() : Optional.of(LocalDate.of(2019, 6, 29)))
                .build());
      }
      audits.add(audit.build());
    }
    return audits;
  }

  static List<Audit> multiAgency() {
    List<Audit> audits = new ArrayList<>();
    String[][] grades = {
      {"social-care", "Good", "Good"}, {"health", "Good", "Inadequate"}, {"police", "RI", "Good"}
    };
    for (int i = 0; i < grades.length; i++) {
      audits.add(
          Audit.builder()
              .id(AuditId.of("SYN-M" + i))
              .caseId(CaseId.of("SYN-CASE-1"))
              .auditor(PersonId.of("AUD-M" + i))
              .frameworkId("london-multi-agency")
              .frameworkVersion("1")
              .auditType("multi-agency")
              .agency(grades[i][0])
              .status(AuditStatus.COMPLETED)
              .allocatedOn(LocalDate.of(2019, 5, 1))
              .completedOn(LocalDate.of(2019, 5, 20))
              .putAreaGrade("assessment", OFSTED.parse(grades[i][1]))
              .putAreaGrade("planning", OFSTED.parse(grades[i][2]))
              .build());
    }
    return audits;
  }

  static String render() {
    AuditReport report = ReportAggregate.of(SPEC, audits()).toReport();
    return HtmlReport.render(
        "Monthly audit report (synthetic) " + HOSTILE,
        report,
        Optional.of(MultiAgencyOverview.of(multiAgency(), OFSTED)));
  }

  @Test
  void render_fixedReport_matchesGoldenFile() throws IOException {
    String html = render();
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, html, StandardCharsets.UTF_8);
    }
    assertThat(html).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void render_sameReport_sameBytes() {
    assertThat(render()).isEqualTo(render());
  }

  @Test
  void L4_L14_render_multiAgencyOverview_gradesOfEachAreaForAllAgenciesAndEachAgency() {
    String html = render();
    assertThat(html).contains("Grades by area of work, all agencies and each agency");
    assertThat(html)
        .contains(
            "<tr><th scope=\"row\">planning</th><td>all agencies</td><td class=\"n\">3</td>"
                + "<td class=\"n\">0 (0.0%)</td><td class=\"n\">2 (66.7%)</td>");
    assertThat(html)
        .contains(
            "<tr><th scope=\"row\">planning</th><td>health</td><td class=\"n\">1</td>"
                + "<td class=\"n\">0 (0.0%)</td><td class=\"n\">0 (0.0%)</td>");
  }

  @Nested
  final class SelfContained {

    @Test
    void render_hostileLabels_escapedEverywhere() {
      String html = render();
      assertThat(html)
          .doesNotContain("<script")
          .doesNotContain("<img")
          .doesNotContain("onerror=alert(1)>");
      assertThat(html)
          .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Team&#39;");
    }

    @Test
    void render_noScriptsNoExternalResources_printableAndResponsive() {
      String html = render();
      assertThat(html)
          .doesNotContainIgnoringCase("<script")
          .doesNotContain("src=\"")
          .doesNotContain("href=")
          .doesNotContain("url(")
          .doesNotContain("@import");
      assertThat(html)
          .contains("@media print")
          .contains("@media (max-width:40rem)")
          .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
      assertThat(html)
          .contains("aria-label=\"Average score by domain\"")
          .contains("aria-label=\"Grade distribution\"")
          .contains("aria-label=\"Average score by month\"")
          .contains("aria-label=\"Compliance by month\"");
      assertThat(html).contains("Multi-agency overview").contains("Where agencies disagree");
    }
  }

  @Nested
  final class AsAPersonReadsIt {

    private List<String> all(String html, String regex) {
      List<String> found = new ArrayList<>();
      Matcher m = Pattern.compile(regex).matcher(html);
      while (m.find()) {
        found.add(m.group());
      }
      return found;
    }

    @Test
    void render_everyTable_hasACaptionAndEveryHeaderCellAScope() {
      String html = render();
      List<String> tables = all(html, "<table>\\n<caption>[^<]+</caption>");
      assertThat(tables).hasSize(all(html, "<table").size()).hasSizeGreaterThan(8);
      List<String> headers = all(html, "<th[ >]");
      assertThat(headers).hasSizeGreaterThan(40);
      assertThat(all(html, "<th scope=\"(col|row|rowgroup)\"")).hasSize(headers.size());
    }

    @Test
    void render_everySvg_isDrawnAtItsOwnSizeSoItsTextNeverScales() {
      String html = render();
      List<String> svgs = all(html, "<svg [^>]*>");
      assertThat(svgs).hasSizeGreaterThanOrEqualTo(2);
      for (String svg : svgs) {
        Matcher m =
            Pattern.compile("width=\"(\\d+)\" height=\"(\\d+)\" viewBox=\"0 0 (\\d+) (\\d+)\"")
                .matcher(svg);
        assertThat(m.find()).as(svg).isTrue();
        assertThat(m.group(3)).as(svg).isEqualTo(m.group(1));
        assertThat(m.group(4)).as(svg).isEqualTo(m.group(2));
      }
      assertThat(html)
          .contains("svg{display:block;max-width:none")
          .contains("svg text{font-size:12px")
          .doesNotContain("svg{width")
          .doesNotContain("font-size=\"");
    }

    @Test
    void render_oneMonthAndTwentyFourMonths_sameTextSizeWiderChart() {
      String one = complianceSvg(1);
      String many = complianceSvg(24);
      assertThat(one).contains("width=\"160\"").contains(">Nov</text>").contains(">2026</text>");
      assertThat(many)
          .contains("width=\"924\"")
          .contains(">Jan</text>")
          .contains(">2027</text>")
          .contains(">100%</text>")
          .contains(">0%</text>");
      assertThat(all(many, "<rect ")).hasSize(24);
    }

    private String complianceSvg(int months) {
      List<Audit> audits = new ArrayList<>();
      for (int i = 0; i < months; i++) {
        LocalDate allocated = LocalDate.of(2026, 11, 2).plusMonths(i);
        audits.add(
            Audit.builder()
                .id(AuditId.of("SYN-M" + i))
                .caseId(CaseId.of("SYN-C" + i))
                .auditor(PersonId.of("AUD1"))
                .frameworkId("synthetic")
                .frameworkVersion("1")
                .auditType("monthly")
                .status(AuditStatus.COMPLETED)
                .allocatedOn(allocated)
                .completedOn(allocated.plusDays(3))
                .putScore("voice", DomainScore.of(5))
                .build());
      }
      ReportSpec spec =
          ReportSpec.builder()
              .addAllDomains(SPEC.domains())
              .gradeScale(OFSTED)
              .asOf(Instant.parse("2029-01-01T00:00:00Z"))
              .auditDeadline(AuditDeadline.daysAfterAllocation(20))
              .build();
      String html = HtmlReport.render("synthetic", ReportAggregate.of(spec, audits).toReport());
      int start = html.indexOf("<svg ");
      return html.substring(start, html.indexOf("</svg>", start));
    }

    @Test
    void render_withTheFrameworksCategories_namesEachEscalationCategory() {
      AuditReport report = ReportAggregate.of(SPEC, audits()).toReport();
      assertThat(report.escalations()).extracting(e -> e.category()).containsExactly(2);
      String named =
          HtmlReport.render(
              "synthetic",
              report,
              List.of(
                  EscalationCategory.builder()
                      .level(2)
                      .name("Inadequate with action required")
                      .followUp(FollowUpPolicy.workingDays(10))
                      .build()),
              Optional.empty());
      assertThat(named).contains("<th scope=\"row\">2: Inadequate with action required</th>");
      assertThat(HtmlReport.render("synthetic", report))
          .contains("<th scope=\"row\">Category 2</th>");
    }

    @Test
    void render_grades_toldApartByColourStripesAndFiguresNotByColourAlone() {
      String html = render();
      assertThat(html)
          .contains("background:#0571b0")
          .contains("repeating-linear-gradient(45deg,#92c5de")
          .doesNotContain("#1b5e20")
          .doesNotContain("#2e7d32\"");
      AuditReport report = ReportAggregate.of(SPEC, audits()).toReport();
      for (GradeCount g : report.grades().grades()) {
        assertThat(html).contains("</span>" + g.label() + ": " + g.count() + " (");
      }
    }

    @Test
    void render_seedBreakdowns_complianceByAuditorJudgementsByMonthAndCohortsWeakestDomain() {
      // D12: compliance followed up per auditor; D17: judgements month on month; D15: each
      // cohort's weakest and strongest domain, named by title.
      AuditReport report = ReportAggregate.of(SPEC, audits()).toReport();
      String html = render();
      assertThat(html)
          .contains("<caption>Compliance by auditor</caption>")
          .contains("<caption>Judgements by month of completion</caption>")
          .contains("<caption>Weakest and strongest domain by cohort</caption>");
      for (AuditorCompliance a : report.complianceByAuditor()) {
        assertThat(html).contains("<th scope=\"row\" class=\"code\">" + a.auditor() + "</th>");
      }
      assertThat(report.gradesByMonth()).hasSize(3);
      for (MonthlyGrades m : report.gradesByMonth()) {
        assertThat(html)
            .contains("aria-label=\"Judgements in " + Html.monthLabel(m.month()) + "\"");
      }
      CohortResult lookedAfter =
          report.cohorts().stream().filter(c -> c.value().equals("looked-after")).findFirst().get();
      String weakest =
          lookedAfter.domains().stream()
              .filter(d -> d.domainId().equals(lookedAfter.weakestDomain().get()))
              .findFirst()
              .get()
              .title();
      int row =
          html.indexOf(
              "<th scope=\"row\">looked-after</th>",
              html.indexOf("Weakest and strongest domain by cohort"));
      assertThat(html.substring(row, html.indexOf("</tr>", row)))
          .startsWith(
              "<th scope=\"row\">looked-after</th><td>" + HtmlReport.escape(weakest) + "</td>");
    }

    @Test
    void render_cohortIntervals_onALineOfTheirOwnThatNeverWraps() {
      String html = render();
      assertThat(html)
          .contains(".ci{display:block;font-size:.8em;color:#444;white-space:nowrap}")
          .contains("<span class=\"ci\">95% CI ")
          .contains(
              "</tbody>\n<tbody>\n<tr><th scope=\"rowgroup\" colspan=\"7\">By team</th></tr>");
    }
  }

  @Test
  void escape_everySpecialCharacter_replaced() {
    assertThat(HtmlReport.escape("a&b<c>d\"e'f")).isEqualTo("a&amp;b&lt;c&gt;d&quot;e&#39;f");
    assertThat(HtmlReport.escape("plain \u2192 text")).isEqualTo("plain \u2192 text");
  }

  /** The regional page (issue 15 item 6): each part beside the whole, small counts suppressed. */
  @Nested
  final class Regional {

    private org.practiceaudit.core.region.RegionalComparison comparison(int threshold) {
      AuditReport whole = ReportAggregate.of(SPEC, audits()).toReport();
      AuditReport none = ReportAggregate.empty(SPEC).toReport();
      return org.practiceaudit.core.region.RegionalComparison.of(
          List.of(
              org.practiceaudit.core.region.PartFigures.of("Team <North>", whole),
              org.practiceaudit.core.region.PartFigures.of("South", none)),
          org.practiceaudit.core.region.PartFigures.of("whole", whole),
          org.practiceaudit.core.region.SmallCountSuppression.below(threshold));
    }

    @Test
    void renderRegional_noSuppression_tableThenTheWhole() {
      AuditReport whole = ReportAggregate.of(SPEC, audits()).toReport();
      String html = HtmlReport.renderRegional("Region", comparison(1), whole, List.of());

      assertThat(html)
          .contains("<caption>Each part beside the whole</caption>")
          .contains(
              "<th scope=\"row\">Team &lt;North&gt;</th><td class=\"n\">"
                  + whole.audits()
                  + "</td>")
          .contains("<h2>The whole</h2>")
          .doesNotContain(HtmlReport.SUPPRESSED);
      assertThat(html.split("<tbody>", -1)).hasSize(html.split("</tbody>", -1).length);
    }

    @Test
    void renderRegional_suppressed_smallCountsMarkedAndOnlyTheTable() {
      AuditReport whole = ReportAggregate.of(SPEC, audits()).toReport();
      String html = HtmlReport.renderRegional("Region", comparison(1_000), whole, List.of());

      assertThat(html)
          .contains(HtmlReport.SUPPRESSED)
          .contains("counts from 1 to 999 are not published")
          .doesNotContain("<h2>The whole</h2>")
          .contains("<th scope=\"row\">Team &lt;North&gt;</th><td class=\"n\">[c]</td>");
    }
  }
}
