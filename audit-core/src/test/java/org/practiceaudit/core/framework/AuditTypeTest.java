package org.practiceaudit.core.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

final class AuditTypeTest {

  private static final ReviewPeriod TWELVE = ReviewPeriod.ofMonths(12);

  @Test
  void of_valid_defaultsDescriptionToEmpty() {
    AuditType type = AuditType.of("front-door", "Front door audit", ReviewPeriod.ofMonths(3));
    assertThat(type.id()).isEqualTo("front-door");
    assertThat(type.name()).isEqualTo("Front door audit");
    assertThat(type.reviewPeriod()).isEqualTo(ReviewPeriod.ofMonths(3));
    assertThat(type.description()).isEmpty();
    assertThat(ImmutableAuditType.copyOf(type).withDescription("MASH contacts").description())
        .isEqualTo("MASH contacts");
  }

  @Test
  void of_malformedId_throwsQuotingId() {
    assertThatThrownBy(() -> AuditType.of("Front Door", "Front door audit", TWELVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "audit type id must be lower-case kebab-case such as 'home-visits': 'Front Door'");
  }

  @Test
  void of_blankName_throwsNamingType() {
    assertThatThrownBy(() -> AuditType.of("compliance", "", TWELVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("audit type 'compliance': name must not be blank");
  }

  @Test
  void of_nulls_throwNamingAttribute() {
    assertThatNullPointerException()
        .isThrownBy(() -> AuditType.of(null, "n", TWELVE))
        .withMessage("id");
    assertThatNullPointerException()
        .isThrownBy(() -> AuditType.of("a", null, TWELVE))
        .withMessage("name");
    assertThatNullPointerException()
        .isThrownBy(() -> AuditType.of("a", "n", null))
        .withMessage("reviewPeriod");
  }

  @Test
  void builder_missingReviewPeriod_throwsIllegalStateNamingIt() {
    assertThatIllegalStateException()
        .isThrownBy(() -> AuditType.builder().id("a").name("n").build())
        .withMessageContaining("reviewPeriod");
  }

  @Test
  void equals_sameAttributes_equal() {
    assertThat(AuditType.of("a", "n", TWELVE))
        .isEqualTo(AuditType.of("a", "n", TWELVE))
        .hasSameHashCodeAs(AuditType.of("a", "n", TWELVE));
    assertThat(AuditType.of("a", "n", TWELVE))
        .isNotEqualTo(AuditType.of("a", "n", ReviewPeriod.ofMonths(3)));
  }

  @Test
  void auditTypes_all_distinctIdsWithDocumentedPeriods() {
    Set<String> ids = new HashSet<>();
    for (AuditType type : AuditTypes.all()) {
      assertThat(ids.add(type.id())).as(type.id()).isTrue();
    }
    assertThat(ids)
        .containsExactlyInAnyOrder(
            "compliance",
            "front-door",
            "practice-week",
            "monthly-management",
            "deep-dive",
            "multi-agency",
            "fostering",
            "section-11");
    assertThat(AuditTypes.MULTI_AGENCY.reviewPeriod()).isEqualTo(ReviewPeriod.ofMonths(12, 18));
    assertThat(AuditTypes.MONTHLY_MANAGEMENT.reviewPeriod()).isEqualTo(TWELVE);
    assertThat(AuditTypes.FRONT_DOOR.reviewPeriod()).isEqualTo(ReviewPeriod.ofMonths(3));
  }
}
