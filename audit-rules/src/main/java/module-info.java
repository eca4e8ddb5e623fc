/**
 * The rule SPI, the built-in rule types and the presets of the source councils' frameworks.
 *
 * <p>Rule types are discovered with {@link java.util.ServiceLoader}: this module uses {@link
 * org.practiceaudit.rules.RuleType} and provides its built-in types. A council's own rule type
 * plugs in the same way (see the README's "Rules" section).
 */
module org.practiceaudit.rules {
  requires static org.immutables.value;
  requires transitive org.practiceaudit.core;
  requires transitive io.vavr;
  requires org.slf4j;

  exports org.practiceaudit.rules;
  exports org.practiceaudit.rules.content;
  exports org.practiceaudit.rules.escalation;
  exports org.practiceaudit.rules.framework;
  exports org.practiceaudit.rules.grading;
  exports org.practiceaudit.rules.lifecycle;
  exports org.practiceaudit.rules.moderation;
  exports org.practiceaudit.rules.multiagency;
  exports org.practiceaudit.rules.preset;
  exports org.practiceaudit.rules.scoring;
  exports org.practiceaudit.rules.timeliness;

  uses org.practiceaudit.rules.RuleType;

  provides org.practiceaudit.rules.RuleType with
      org.practiceaudit.rules.content.ActionDetailsRuleType,
      org.practiceaudit.rules.content.ActionsRequiredRuleType,
      org.practiceaudit.rules.content.AuditSharedRuleType,
      org.practiceaudit.rules.content.FeedbackRecordedRuleType,
      org.practiceaudit.rules.content.PractitionerConversationRuleType,
      org.practiceaudit.rules.content.SectionsWrittenRuleType,
      org.practiceaudit.rules.content.SignOffRuleType,
      org.practiceaudit.rules.content.UrgentConcernRuleType,
      org.practiceaudit.rules.escalation.EscalationRuleType,
      org.practiceaudit.rules.grading.GradingRuleType,
      org.practiceaudit.rules.moderation.ModerationShareRuleType,
      org.practiceaudit.rules.multiagency.AgencyDisagreementRuleType,
      org.practiceaudit.rules.scoring.ScoringRuleType,
      org.practiceaudit.rules.timeliness.AuditDueRuleType,
      org.practiceaudit.rules.timeliness.FollowUpRuleType;
}
