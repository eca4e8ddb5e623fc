package org.practiceaudit.json.binding;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.practiceaudit.core.allocation.Independence;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.audit.Moderation;
import org.practiceaudit.core.audit.PractitionerConversation;
import org.practiceaudit.core.audit.RecommendedAction;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.moderation.ModerationPick;
import org.practiceaudit.core.moderation.ModerationPolicy;
import org.practiceaudit.core.moderation.ModerationSample;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.programme.EntryProgress;
import org.practiceaudit.core.programme.ProgrammeEntry;
import org.practiceaudit.core.programme.ProgrammeProgress;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.rules.Notification;
import org.practiceaudit.rules.Outcome;

/**
 * The Immutables values Jackson binds by their attributes ({@link ValueForms}), each with the
 * mix-in that renames a property, leaves out a default or adds a derived figure where the JSON form
 * needs it. Property order is the attributes' order unless the mix-in gives one.
 */
final class Mixins {

  private Mixins() {}

  /** Each value type bound by Jackson, with its mix-in or {@code Void.class} for none. */
  static Map<Class<?>, Class<?>> all() {
    Map<Class<?>, Class<?>> mixins = new LinkedHashMap<>();
    mixins.put(Indicator.class, Void.class);
    mixins.put(Domain.class, DomainForm.class);
    mixins.put(AuditType.class, AuditTypeForm.class);
    mixins.put(EscalationCategory.class, EscalationForm.class);
    mixins.put(Involvement.class, InvolvementForm.class);
    mixins.put(CaseFile.class, CaseFileForm.class);
    mixins.put(RecommendedAction.class, ActionForm.class);
    mixins.put(Moderation.class, ModerationForm.class);
    mixins.put(PractitionerConversation.class, ConversationForm.class);
    mixins.put(Audit.class, AuditForm.class);
    mixins.put(ModerationPolicy.class, Void.class);
    mixins.put(ModerationPick.class, PickForm.class);
    mixins.put(ModerationSample.class, Void.class);
    mixins.put(Notification.class, Void.class);
    mixins.put(Outcome.class, OutcomeForm.class);
    mixins.put(ProgrammeEntry.class, Void.class);
    mixins.put(AuditProgramme.class, Void.class);
    mixins.put(EntryProgress.class, EntryProgressForm.class);
    mixins.put(ProgrammeProgress.class, ProgressForm.class);
    return mixins;
  }

  abstract static class DomainForm {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract String guidance();
  }

  abstract static class AuditTypeForm {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract String description();

    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Peer.class)
    abstract Independence independence();
  }

  /** Leaves out the default independence, peer review. */
  static final class Peer {
    @Override
    public boolean equals(Object value) {
      return value == Independence.PEER;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  abstract static class EscalationForm {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract String meaning();
  }

  abstract static class InvolvementForm {
    @JsonProperty("person_id")
    abstract PersonId person();

    @JsonProperty("person_id")
    abstract Object person(PersonId person);
  }

  abstract static class CaseFileForm {
    @JsonProperty("case_id")
    abstract CaseId id();

    @JsonProperty("case_id")
    abstract Object id(CaseId id);

    @JsonProperty("worker_id")
    abstract Optional<PersonId> allocatedWorker();

    @JsonProperty("worker_id")
    abstract Object allocatedWorker(PersonId worker);
  }

  abstract static class ActionForm {
    @JsonProperty("owner_id")
    abstract Optional<PersonId> owner();

    @JsonProperty("owner_id")
    abstract Object owner(PersonId owner);
  }

  abstract static class ModerationForm {
    @JsonProperty("moderator_id")
    abstract PersonId moderator();

    @JsonProperty("moderator_id")
    abstract Object moderator(PersonId moderator);
  }

  abstract static class ConversationForm {
    @JsonProperty("with_id")
    abstract PersonId with();

    @JsonProperty("with_id")
    abstract Object with(PersonId with);
  }

  abstract static class AuditForm {
    @JsonProperty("audit_id")
    abstract AuditId id();

    @JsonProperty("audit_id")
    abstract Object id(AuditId id);

    @JsonProperty("auditor_id")
    abstract PersonId auditor();

    @JsonProperty("auditor_id")
    abstract Object auditor(PersonId auditor);
  }

  abstract static class PickForm {
    @JsonProperty("auditor_id")
    abstract PersonId auditor();

    @JsonProperty("auditor_id")
    abstract Object auditor(PersonId auditor);
  }

  abstract static class OutcomeForm {
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = NotFinite.class)
    abstract OptionalDouble score();
  }

  /** Leaves out a score that is absent or not finite, rather than write NaN. */
  static final class NotFinite {
    @Override
    public boolean equals(Object value) {
      if (value instanceof OptionalDouble score) {
        return score.isEmpty() || !Double.isFinite(score.getAsDouble());
      }
      return !(value instanceof Double score && Double.isFinite(score));
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  @JsonPropertyOrder({"entry", "done", "planned", "remaining"})
  abstract static class EntryProgressForm {
    @JsonProperty
    abstract OptionalInt planned();

    @JsonProperty
    abstract int remaining();
  }

  @JsonPropertyOrder({"entries", "done_total", "planned_total", "remaining_total"})
  abstract static class ProgressForm {
    @JsonProperty
    abstract int plannedTotal();

    @JsonProperty
    abstract int remainingTotal();
  }
}
