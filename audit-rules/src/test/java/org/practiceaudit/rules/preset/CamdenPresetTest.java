package org.practiceaudit.rules.preset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.sampling.Sample;
import org.practiceaudit.core.sampling.Sampler;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.rules.framework.LocalFramework;

/**
 * Camden's audit programme 2021-22 (seed 000) as its QA data and governance lead would describe it.
 * Synthetic cases only.
 */
final class CamdenPresetTest {

  private static final LocalFramework CAMDEN = Presets.camden();

  @Nested
  final class FrontDoor {

    /** January's front-door audit, drawn on Monday 4 January 2027. */
    private final LocalDate asOf = LocalDate.of(2027, 1, 4);

    private CaseFile contact(int n, String rag, LocalDate closedOn) {
      var c = CaseFile.builder().id(CaseId.of(String.format("SYN-FD-%03d", n))).category(CaseCategory.FRONT_DOOR)
          .team("mash").openedOn(asOf.minusMonths(4)).putAttribute("rag", rag);
      if (closedOn != null) {
        c.closedOn(closedOn);
      }
      return c.build();
    }

    @Test
    void C13_frontDoorPlan_drawsContactsClosedWithNoFurtherActionOrSteppedDownInTheLastMonth() {
      // 10 open contacts, 20 closed in December (no further action, or stepped down to Early Help) and 10
      // closed in October: the plan's 30 are the 10 open and the 20 closed within the month.
      List<CaseFile> contacts = new ArrayList<>();
      String[] rag = {"red", "amber", "green"};
      for (int i = 0; i < 40; i++) {
        LocalDate closed = i < 10 ? null : i < 30 ? LocalDate.of(2026, 12, 4).plusDays(i - 10) : LocalDate.of(2026, 10, 1);
        contacts.add(contact(i, rag[i % 3], closed));
      }
      SamplingPlan plan = CAMDEN.samplingPlans().stream().filter(p -> p.name().equals("front-door")).findFirst()
          .orElseThrow();

      Sample sample = Sampler.draw(contacts, plan, asOf, Seed.of(20270104L));

      assertThat(sample.selectedCount()).isEqualTo(30);
      assertThat(sample.eligible()).isEqualTo(30);
      assertThat(sample.sortedSelectedIds()).extracting(CaseId::toString)
          .noneMatch(id -> Integer.parseInt(id.substring(7)) >= 30);
      assertThat(sample.openPopulation()).isEqualTo(10);
    }
  }
}
