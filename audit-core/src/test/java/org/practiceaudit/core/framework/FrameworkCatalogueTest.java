package org.practiceaudit.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.practiceaudit.core.framework.AuditFrameworkTest.ENGLAND;
import static org.practiceaudit.core.framework.AuditFrameworkTest.dudley;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.workforce.PersonId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Synthetic frameworks and audits only. */
final class FrameworkCatalogueTest {

  private static final AuditFramework V1 = dudley("2017.1").build();
  private static final AuditFramework V2 = dudley("2017.2").build();
  private static final AuditFramework V10 = dudley("2017.10").build();
  private static final AuditFramework CAMDEN =
      AuditFramework.builder()
          .id("camden")
          .version("2021-22")
          .name("Camden (synthetic)")
          .calendar(ENGLAND)
          .build();

  private static Audit auditUnder(String frameworkId, String version) {
    return Audit.builder()
        .id(AuditId.of("A-1"))
        .caseId(CaseId.of("C-1"))
        .auditor(PersonId.of("AUD-1"))
        .frameworkId(frameworkId)
        .frameworkVersion(version)
        .auditType("monthly-management")
        .status(AuditStatus.ALLOCATED)
        .allocatedOn(LocalDate.of(2026, 1, 5))
        .build();
  }

  /**
   * Versions as AuditFramework accepts them: 1 to 4 parts, numbers (up to 12 digits, leading zeros)
   * or words.
   */
  private static Gen<String> versions() {
    Gen<Long> value =
        Generate.frequency(
            org.quicktheories.api.Pair.of(3, Generate.longRange(0, 12)),
            org.quicktheories.api.Pair.of(1, Generate.longRange(0, 999_999_999_999L)));
    Gen<String> number = integers().between(0, 2).zip(value, (zeros, n) -> "0".repeat(zeros) + n);
    Gen<String> word = Generate.pick(List.of("a", "b", "rc", "RC", "beta", "x1", "1a", "9z", "Z"));
    Gen<String> part =
        Generate.frequency(
            org.quicktheories.api.Pair.of(3, number), org.quicktheories.api.Pair.of(1, word));
    Gen<String> separator = Generate.pick(List.of(".", "-"));
    return lists()
        .of(part)
        .ofSizeBetween(1, 4)
        .zip(
            lists().of(separator).ofSize(3),
            (parts, seps) -> {
              StringBuilder b = new StringBuilder(parts.get(0));
              for (int i = 1; i < parts.size(); i++) {
                b.append(seps.get(i - 1)).append(parts.get(i));
              }
              return b.toString();
            });
  }

  @Nested
  final class Lookups {

    @Test
    void find_exactIdAndVersion_found() {
      FrameworkCatalogue catalogue = FrameworkCatalogue.of(List.of(V1, V2, CAMDEN));
      assertThat(catalogue.find("dudley", "2017.2")).contains(V2);
      assertThat(catalogue.find("dudley", "2017.3")).isEmpty();
      assertThat(catalogue.find("camden", "2017.2")).isEmpty();
      assertThat(catalogue.find("camden", "2021-22")).contains(CAMDEN);
    }

    @Test
    void latest_severalVersions_comparesPartsNumerically() {
      FrameworkCatalogue catalogue = FrameworkCatalogue.of(List.of(V10, V2, V1, CAMDEN));
      assertThat(catalogue.latest("dudley")).contains(V10);
      assertThat(catalogue.latest("camden")).contains(CAMDEN);
      assertThat(catalogue.latest("hillingdon")).isEmpty();
      assertThat(FrameworkCatalogue.of(List.of(V1, V2)).latest("dudley")).contains(V2);
      assertThat(FrameworkCatalogue.compareVersions("2017.2", "2017.10")).isNegative();
      assertThat(FrameworkCatalogue.compareVersions("2017.10", "2017.2")).isPositive();
      assertThat(FrameworkCatalogue.compareVersions("2017", "2017.1")).isNegative();
      assertThat(FrameworkCatalogue.compareVersions("2.0", "2.rc")).isNegative();
      assertThat(FrameworkCatalogue.compareVersions("9", "10")).isNegative();
      assertThat(FrameworkCatalogue.compareVersions("99999999999", "100000000000")).isNegative();
      // "1a" is a word: after every number, so 9 < 10 < 1a, never a cycle
      assertThat(FrameworkCatalogue.compareVersions("10", "1a")).isNegative();
      assertThat(FrameworkCatalogue.compareVersions("9", "1a")).isNegative();
      assertThat(FrameworkCatalogue.compareVersions("2017.9", "2017.1a")).isNegative();
    }

    @Test
    void latest_versionsEqualPartByPart_isStillDeterministic() {
      AuditFramework dotted = dudley("2017.1").build();
      AuditFramework dashed = dudley("2017-1").build();
      AuditFramework padded = dudley("2017.01").build();
      assertThat(FrameworkCatalogue.compareVersions("2017.1", "2017-1")).isNotZero();
      assertThat(FrameworkCatalogue.compareVersions("2017.1", "2017.01")).isNotZero();
      assertThat(FrameworkCatalogue.compareVersions("2017-1", "2017.01")).isNotZero();
      AuditFramework expected =
          FrameworkCatalogue.of(List.of(dotted, dashed, padded)).latest("dudley").orElseThrow();
      for (List<AuditFramework> order :
          List.of(
              List.of(padded, dashed, dotted),
              List.of(dashed, dotted, padded),
              List.of(dotted, padded, dashed))) {
        assertThat(FrameworkCatalogue.of(order).latest("dudley")).contains(expected);
      }
    }

    @Test
    void frameworkOf_audit_findsTheVersionItWasMadeUnder() {
      FrameworkCatalogue catalogue = FrameworkCatalogue.of(List.of(V1, V2, V10));
      assertThat(catalogue.frameworkOf(auditUnder("dudley", "2017.1"))).contains(V1);
      assertThat(catalogue.frameworkOf(auditUnder("dudley", "2017.10"))).contains(V10);
      assertThat(catalogue.frameworkOf(auditUnder("dudley", "2016.1"))).isEmpty();
      assertThat(catalogue.frameworkOf(auditUnder("camden", "2017.1"))).isEmpty();
    }

    @Test
    void frameworks_anyCatalogue_orderedByIdThenVersion() {
      FrameworkCatalogue catalogue = FrameworkCatalogue.of(List.of(V10, V1, CAMDEN, V2));
      assertThat(catalogue.frameworks()).containsExactly(CAMDEN, V1, V2, V10);
      assertThatThrownBy(() -> catalogue.frameworks().clear())
          .isInstanceOf(UnsupportedOperationException.class);
      assertThat(FrameworkCatalogue.of(List.of()).frameworks()).isEmpty();
    }

    @Test
    void equalsAndToString_sameFrameworks_equalAndListed() {
      assertThat(FrameworkCatalogue.of(List.of(V1, V2)))
          .isEqualTo(FrameworkCatalogue.of(List.of(V2, V1)))
          .hasSameHashCodeAs(FrameworkCatalogue.of(List.of(V2, V1)));
      assertThat(FrameworkCatalogue.of(List.of(V1)))
          .isNotEqualTo(FrameworkCatalogue.of(List.of(V2)));
      assertThat(FrameworkCatalogue.of(List.of(V1)).toString())
          .isEqualTo("FrameworkCatalogue[dudley@2017.1]");
    }
  }

  @Nested
  final class Invalid {

    @Test
    void of_duplicateIdAndVersion_throwsQuotingBoth() {
      AuditFramework renamed = ImmutableAuditFramework.copyOf(V1).withName("Another name");
      assertThatThrownBy(() -> FrameworkCatalogue.of(List.of(V1, V2, renamed)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("duplicate framework version: dudley@2017.1");
    }

    @Test
    void factories_null_throwNamingParameter() {
      FrameworkCatalogue catalogue = FrameworkCatalogue.of(List.of(V1));
      assertThatNullPointerException()
          .isThrownBy(() -> FrameworkCatalogue.of(null))
          .withMessage("frameworks");
      assertThatNullPointerException()
          .isThrownBy(() -> FrameworkCatalogue.of(Arrays.asList(V1, null)))
          .withMessage("framework");
      assertThatNullPointerException()
          .isThrownBy(() -> catalogue.find(null, "2017.1"))
          .withMessage("id");
      assertThatNullPointerException()
          .isThrownBy(() -> catalogue.find("dudley", null))
          .withMessage("version");
      assertThatNullPointerException().isThrownBy(() -> catalogue.latest(null)).withMessage("id");
      assertThatNullPointerException()
          .isThrownBy(() -> catalogue.frameworkOf(null))
          .withMessage("audit");
    }
  }

  @Nested
  final class Properties {

    @Test
    void compareVersions_anyVersions_isATotalOrder() {
      qt().withFixedSeed(81L)
          .withExamples(3000)
          .forAll(versions(), versions(), versions())
          .checkAssert(
              (a, b, c) -> {
                int ab = Integer.signum(FrameworkCatalogue.compareVersions(a, b));
                int ba = Integer.signum(FrameworkCatalogue.compareVersions(b, a));
                assertThat(ab).as("antisymmetric %s %s", a, b).isEqualTo(-ba);
                assertThat(ab == 0)
                    .as("zero only for the same text %s %s", a, b)
                    .isEqualTo(a.equals(b));
                int bc = FrameworkCatalogue.compareVersions(b, c);
                int ac = FrameworkCatalogue.compareVersions(a, c);
                if (ab <= 0 && bc <= 0) {
                  assertThat(ac).as("transitive %s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
                }
              });
    }

    @Test
    void latest_anyOrder_sameAndNeverBelowAnyVersion() {
      qt().withFixedSeed(82L)
          .withExamples(300)
          .forAll(lists().of(versions()).ofSizeBetween(1, 8), Generate.longRange(0, 1000))
          .checkAssert(
              (versions, shuffleSeed) -> {
                List<AuditFramework> frameworks = new ArrayList<>();
                versions.stream().distinct().forEach(v -> frameworks.add(dudley(v).build()));
                AuditFramework latest =
                    FrameworkCatalogue.of(frameworks).latest("dudley").orElseThrow();
                Collections.shuffle(frameworks, new java.util.Random(shuffleSeed));
                assertThat(FrameworkCatalogue.of(frameworks).latest("dudley")).contains(latest);
                for (AuditFramework f : frameworks) {
                  assertThat(FrameworkCatalogue.compareVersions(f.version(), latest.version()))
                      .isLessThanOrEqualTo(0);
                }
              });
    }
  }

  @Nested
  final class NotComparable {

    private Domain domain(String id, String title, int max) {
      return Domain.builder()
          .id(id)
          .title(title)
          .scoreScale(org.practiceaudit.core.score.ScoreScale.of(1, max))
          .build();
    }

    @Test
    void notComparable_sameDomainsNewTitleAndRules_comparable() {
      AuditFramework older = dudley("1").addDomains(domain("assessment", "Assessment", 4)).build();
      AuditFramework newer =
          dudley("2").addDomains(domain("assessment", "Assessment of need", 4)).build();
      assertThat(FrameworkCatalogue.notComparable(older, newer)).isEmpty();
    }

    @Test
    void notComparable_domainAddedRemovedRescaled_namesEach() {
      AuditFramework older =
          dudley("1").addDomains(domain("assessment", "A", 4), domain("planning", "P", 4)).build();
      AuditFramework newer =
          dudley("2").addDomains(domain("assessment", "A", 10), domain("voice", "V", 4)).build();
      assertThat(FrameworkCatalogue.notComparable(older, newer))
          .containsExactly(
              "domain 'assessment' is scored 1-10 instead of 1-4",
              "domain 'planning' is removed",
              "domain 'voice' is added");
    }

    @Test
    void notComparable_otherGradeScale_saysSo() {
      AuditFramework older = dudley("1").build();
      AuditFramework newer =
          dudley("2")
              .gradeScale(
                  org.practiceaudit.core.grade.GradeScale.of(
                      "three", List.of("Good", "Fair", "Poor")))
              .build();
      assertThat(FrameworkCatalogue.notComparable(older, newer))
          .singleElement()
          .asString()
          .startsWith("the grade scale changes");
    }

    @Test
    void versionOrder_numericParts_orderedByValue() {
      assertThat(FrameworkCatalogue.versionOrder().compare("2017.2", "2017.10")).isNegative();
    }
  }
}
