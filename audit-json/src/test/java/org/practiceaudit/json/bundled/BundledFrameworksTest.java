package org.practiceaudit.json.bundled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.timeliness.AuditDuePolicy;
import org.practiceaudit.json.Problem;
import org.practiceaudit.json.configuration.FrameworkConfiguration;
import org.practiceaudit.json.configuration.FrameworkLoader;
import org.practiceaudit.rules.preset.Presets;

final class BundledFrameworksTest {

  static List<String> ids() {
    return List.copyOf(BundledFrameworks.ids());
  }

  @ParameterizedTest
  @MethodSource("ids")
  void load_everyBundledFramework_validatesWithoutProblems(String id) {
    Validation<List<Problem>, FrameworkConfiguration> result =
        FrameworkLoader.standard()
            .validate(BundledFrameworks.text(id), BundledFrameworks.format(id));
    assertThat(result.isValid())
        .as(() -> result.isInvalid() ? result.getError().toString() : "")
        .isTrue();
    assertThat(result.get().framework().id()).isEqualTo(id);
    assertThat(result.get().description()).as("cites its source").contains("Source:");
  }

  @Test
  void ids_bundled_listTheFiveSourceDocuments() {
    assertThat(BundledFrameworks.ids())
        .containsExactly("camden", "dorset", "dudley", "hillingdon", "london-multi-agency");
  }

  @Test
  void load_dudley_hasTheFourEscalationDeadlinesAndQuotas() {
    FrameworkConfiguration dudley = BundledFrameworks.load("dudley");
    assertThat(dudley.framework().escalationCategories())
        .extracting(c -> c.followUp().toString())
        .containsExactly("48h", "10wd", "20wd", "none");
    assertThat(dudley.framework().escalationCategory(4).get().followUp())
        .isEqualTo(FollowUpPolicy.none());
    assertThat(dudley.quotas()).hasSize(6);
    assertThat(dudley.moderation().get().share()).isEqualByComparingTo("0.2");
    assertThat(dudley.samplingPlan("annual-frame").get().fixedSize().getAsInt()).isEqualTo(300);
  }

  @Test
  void load_hillingdon_auditsDueInTenWorkingDaysAsThePresetSays() {
    // Hillingdon's guide, line 9: "10 working days for Part A" (H2a); the other councils give no
    // due day
    FrameworkConfiguration hillingdon = BundledFrameworks.load("hillingdon");
    assertThat(hillingdon.framework().auditDue()).isEqualTo(AuditDuePolicy.workingDays(10));
    assertThat(hillingdon.framework().auditDue())
        .isEqualTo(Presets.hillingdon().framework().auditDue());
    for (String id : List.of("camden", "dorset", "dudley", "london-multi-agency")) {
      assertThat(BundledFrameworks.load(id).framework().auditDue())
          .as(id)
          .isEqualTo(AuditDuePolicy.none());
    }
  }

  @Test
  void load_dorset_hasSevenDomainsScoredOneToTen() {
    FrameworkConfiguration dorset = BundledFrameworks.load("dorset");
    assertThat(dorset.framework().domains())
        .hasSize(7)
        .allSatisfy(d -> assertThat(d.scoreScale().toString()).isEqualTo("1-10"));
  }

  @Test
  void load_hillingdonYaml_hasIndicatorChecklists() {
    FrameworkConfiguration hillingdon = BundledFrameworks.load("hillingdon");
    assertThat(hillingdon.framework().domain("home-visits").get().goodIndicators()).hasSize(8);
    assertThat(hillingdon.framework().domain("reviews").get().outstandingIndicators()).hasSize(4);
  }

  @Test
  void load_londonPack_reviewsTwelveToEighteenMonths() {
    assertThat(
            BundledFrameworks.load("london-multi-agency")
                .framework()
                .auditType("multi-agency")
                .get()
                .reviewPeriod()
                .toString())
        .isEqualTo("P12M/P18M");
  }

  @Test
  void text_unknownId_throwsWithTheIds() {
    assertThatThrownBy(() -> BundledFrameworks.text("dudly"))
        .isInstanceOf(AuditException.class)
        .hasMessageContaining("dudly")
        .hasMessageContaining("dudley");
  }
}
