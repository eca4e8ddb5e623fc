package org.practiceaudit.rules.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.practiceaudit.core.audit.Audit;
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
 * The {@code sections-written} rule type: the audit form has the sections a framework requires
 * written ({@link Audit#sections()}; only that a section was written is recorded, never its text).
 *
 * <p>Sources: Dudley audit framework 2017, "Recording Audit Outcomes" (seed 004, line 130): the
 * audit document "always starts with a clear pen picture of the child's journey and experience"
 * (seed-fidelity review U23: section {@code pen-picture}); Hillingdon, "A guide to auditing" (seed
 * 002, line 22): "Provide evidence for the rating given, expand on assessment of quality" (H4: with
 * {@code evidencePerRating}, each area graded needs {@code evidence/<area-id>} and the overall
 * judgement {@code evidence/overall}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SectionsWrittenRuleType extends AbstractRuleType<SectionsWrittenParameters> {

  /** The type id. */
  public static final String ID = "sections-written";

  /**
   * The section that holds the evidence for the overall judgement, with {@code evidencePerRating}.
   */
  public static final String OVERALL_EVIDENCE = "evidence/overall";

  /** Creates the rule type; used by {@link java.util.ServiceLoader}. */
  public SectionsWrittenRuleType() {
    super(
        ID,
        "The audit form has the required sections written: a pen picture of the child's journey"
            + " (Dudley audit framework 2017, Recording Audit Outcomes), evidence for each rating given"
            + " (Hillingdon, A guide to auditing)",
        SectionsWrittenParameters.class,
        describe(
            "sections", "ids of sections that must be written, such as pen-picture; default none",
            "evidencePerRating",
                "true if each rating needs its evidence section: evidence/<area-id> for"
                    + " each area graded, evidence/overall for the overall judgement; default false",
            "auditTypes", "audit type ids the rule applies to; default every audit type"));
  }

  @Override
  public List<ParameterProblem> problems(SectionsWrittenParameters p) {
    Objects.requireNonNull(p, "parameters");
    List<ParameterProblem> problems = new ArrayList<>();
    for (int i = 0; i < p.sections().size(); i++) {
      String section = p.sections().get(i);
      if (section == null || !Audit.isSectionId(section)) {
        problems.add(
            ParameterProblem.at(
                "must be a section id: a kebab-case id, optionally in two parts joined"
                    + " by '/', such as 'pen-picture' or 'evidence/plans': '"
                    + section
                    + "'",
                "sections",
                i));
      }
    }
    if (p.sections().isEmpty() && !p.evidencePerRating()) {
      problems.add(ParameterProblem.of("name at least one section or set evidencePerRating"));
    }
    return problems;
  }

  @Override
  public Rule<?> bind(String ruleId, SectionsWrittenParameters p, AuditFramework framework) {
    return new SectionsRule(ruleId, p);
  }

  /** A configured rule. */
  static final class SectionsRule extends AbstractRule<Audit> {

    private final SectionsWrittenParameters p;

    SectionsRule(String id, SectionsWrittenParameters p) {
      super(
          id,
          "Sections written: "
              + p.sections()
              + (p.evidencePerRating() ? ", evidence for each rating" : ""),
          SubjectType.AUDIT);
      this.p = p;
    }

    @Override
    public List<Outcome> evaluate(Audit audit, RuleContext context) {
      if (!ContentRuleTypes.appliesTo(p.auditTypes(), audit.auditType())) {
        return List.of(
            outcome(
                    OutcomeStatus.NOT_APPLICABLE,
                    "no sections required for a " + audit.auditType() + " audit")
                .putInput("audit-type", audit.auditType())
                .build());
      }
      Set<String> required = new TreeSet<>(p.sections());
      if (p.evidencePerRating()) {
        audit.areaGrades().keySet().forEach(area -> required.add("evidence/" + area));
        if (audit.overallGrade().isPresent()) {
          required.add(OVERALL_EVIDENCE);
        }
      }
      if (required.isEmpty()) {
        return List.of(
            outcome(OutcomeStatus.NOT_APPLICABLE, "no rating given, so no evidence required")
                .build());
      }
      Set<String> missing = new TreeSet<>(required);
      missing.removeAll(audit.sections());
      return List.of(
          outcome(
                  missing.isEmpty() ? OutcomeStatus.PASS : OutcomeStatus.FAIL,
                  missing.isEmpty()
                      ? "sections written: " + required
                      : "sections not written: " + missing)
              .putInput("sections", ContentRuleTypes.sorted(audit.sections()).toString())
              .build());
    }
  }
}
