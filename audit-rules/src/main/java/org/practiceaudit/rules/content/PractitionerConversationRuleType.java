package org.practiceaudit.rules.content;

import java.util.List;
import java.util.Objects;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.PractitionerConversation;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.rules.AbstractRule;
import org.practiceaudit.rules.AbstractRuleType;
import org.practiceaudit.rules.Outcome;
import org.practiceaudit.rules.OutcomeStatus;
import org.practiceaudit.rules.ParameterProblem;
import org.practiceaudit.rules.Rule;
import org.practiceaudit.rules.RuleContext;
import org.practiceaudit.rules.SubjectType;

/**
 * The {@code practitioner-conversation} rule type: the audit records a conversation with the
 * allocated practitioner.
 *
 * <p>Sources: Dorset monthly audit report 2019, 2.5 (seed 001, line 71: "The auditor involves the
 * allocated social worker when auditing" — before, during or after looking at the case); Camden
 * audit programme 2021-22, section 4 (seed 000, line 46: "the auditor will meet with the social
 * worker to discuss the case").
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PractitionerConversationRuleType
    extends AbstractRuleType<PractitionerConversationParameters> {

  /** The type id. */
  public static final String ID = "practitioner-conversation";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public PractitionerConversationRuleType() {
    super(
        ID,
        "The conversation with the practitioner is recorded (Dorset 2019, 2.5; Camden 2021-22, s.4)",
        PractitionerConversationParameters.class,
        describe(
            "requireBeforeCompletion",
            "true if it must be held no later than completion; default false"));
  }

  @Override
  public List<ParameterProblem> problems(PractitionerConversationParameters p) {
    Objects.requireNonNull(p, "parameters");
    return List.of();
  }

  @Override
  public Rule<?> bind(
      String ruleId, PractitionerConversationParameters p, AuditFramework framework) {
    return new ConversationRule(ruleId, p);
  }

  /** A configured rule. */
  static final class ConversationRule extends AbstractRule<Audit> {

    private final PractitionerConversationParameters p;

    ConversationRule(String id, PractitionerConversationParameters p) {
      super(id, "The practitioner conversation is recorded (Dorset 2019, 2.5)", SubjectType.AUDIT);
      this.p = p;
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      if (audit.practitionerConversation().isEmpty()) {
        return List.of(
            outcome(OutcomeStatus.FAIL, "no conversation with the practitioner recorded").build());
      }
      PractitionerConversation conversation = audit.practitionerConversation().get();
      if (p.requireBeforeCompletion()
          && audit.completedOn().filter(conversation.heldOn()::isAfter).isPresent()) {
        return List.of(
            outcome(OutcomeStatus.FAIL, "the practitioner conversation was held after completion")
                .putInput("timing", conversation.timing().name())
                .build());
      }
      return List.of(
          outcome(OutcomeStatus.PASS, "practitioner conversation recorded")
              .putInput("timing", conversation.timing().name())
              .build());
    }
  }
}
