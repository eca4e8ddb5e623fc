package org.practiceaudit.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/**
 * Tests of {@link AuditorPools}: the London pack's auditor pool (seed 003, line 119). Synthetic
 * people.
 */
final class AuditorPoolsTest {

  private static Auditor auditor(String id, String agency, ExperienceLevel experience) {
    return Auditor.builder()
        .id(PersonId.of(id))
        .role(Role.TEAM_MANAGER)
        .team("T")
        .capacity(2)
        .agency(agency)
        .experience(experience)
        .build();
  }

  @Test
  void L16_twoPerAgencyWithNewAndExperienced_noGaps() {
    assertThat(
            AuditorPools.multiAgencyGaps(
                List.of(
                    auditor("H-1", "health", ExperienceLevel.SENIOR),
                        auditor("H-2", "health", ExperienceLevel.NEWLY_QUALIFIED),
                    auditor("P-1", "police", ExperienceLevel.EXPERIENCED),
                        auditor("P-2", "police", ExperienceLevel.EXPERIENCED))))
        .isEmpty();
  }

  @Test
  void L16_oneAuditorFromPoliceAndNobodyNew_eachGapNamed() {
    assertThat(
            AuditorPools.multiAgencyGaps(
                List.of(
                    auditor("H-1", "health", ExperienceLevel.SENIOR),
                    auditor("H-2", "health", ExperienceLevel.EXPERIENCED),
                    auditor("P-1", "police", ExperienceLevel.EXPERIENCED))))
        .containsExactly(
            "agency police has 1 auditor; the London pack asks for at least 2 from each agency",
            "no auditor is new to the role; the London pack asks for a mix of experienced and new auditors");
  }

  @Test
  void L16_everyoneNew_noExperiencedAuditor() {
    assertThat(
            AuditorPools.multiAgencyGaps(
                List.of(
                    auditor("H-1", "health", ExperienceLevel.NEWLY_QUALIFIED),
                    auditor("H-2", "health", ExperienceLevel.NEWLY_QUALIFIED))))
        .containsExactly(
            "no auditor is experienced; the London pack asks for a mix of experienced and new auditors");
  }

  @Test
  void multiAgencyGaps_emptyPoolOrNull_noGapsOrThrows() {
    assertThat(AuditorPools.multiAgencyGaps(List.of())).isEmpty();
    assertThatThrownBy(() -> AuditorPools.multiAgencyGaps(null))
        .isInstanceOf(NullPointerException.class);
  }
}
