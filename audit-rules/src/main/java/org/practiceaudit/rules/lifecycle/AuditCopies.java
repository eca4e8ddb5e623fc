package org.practiceaudit.rules.lifecycle;

import java.time.LocalDate;
import java.util.Optional;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditStatus;
import org.practiceaudit.core.audit.Moderation;

/** Copies an audit with a new status, completion date and moderation in one step, checked once. */
final class AuditCopies {

  private AuditCopies() {}

  static Audit of(
      Audit a,
      AuditStatus status,
      Optional<LocalDate> completedOn,
      Optional<Moderation> moderation) {
    return Audit.builder()
        .id(a.id())
        .caseId(a.caseId())
        .auditor(a.auditor())
        .frameworkId(a.frameworkId())
        .frameworkVersion(a.frameworkVersion())
        .auditType(a.auditType())
        .agency(a.agency())
        .status(status)
        .allocatedOn(a.allocatedOn())
        .completedOn(completedOn)
        .reviewedFrom(a.reviewedFrom())
        .reviewedTo(a.reviewedTo())
        .putAllScores(a.scores())
        .putAllAreaGrades(a.areaGrades())
        .addAllEvidencedIndicators(a.evidencedIndicators())
        .overallGrade(a.overallGrade())
        .addAllConcerns(a.concerns())
        .escalationCategory(a.escalationCategory())
        .escalatedAt(a.escalatedAt())
        .followedUpAt(a.followedUpAt())
        .addAllActions(a.actions())
        .practitionerConversation(a.practitionerConversation())
        .addAllFeedbackFrom(a.feedbackFrom())
        .addAllNotified(a.notified())
        .addAllSections(a.sections())
        .addAllSignedOffBy(a.signedOffBy())
        .moderation(moderation)
        .putAllAttributes(a.attributes())
        .build();
  }
}
