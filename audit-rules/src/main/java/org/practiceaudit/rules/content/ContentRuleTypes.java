package org.practiceaudit.rules.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.rules.ParameterReference;

/** Checks shared by the required-content rule types. */
final class ContentRuleTypes {

  private ContentRuleTypes() {}

  static List<String> sorted(Set<String> values) {
    return new ArrayList<>(new TreeSet<>(values));
  }

  /** A reference to each grade label of a {@code grades} parameter, for {@code references}. */
  static List<ParameterReference> gradeReferences(List<String> labels) {
    List<ParameterReference> references = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      references.add(ParameterReference.grade(String.valueOf(labels.get(i)), "grades", i));
    }
    return references;
  }

  /** The grades of labels already checked by {@link #gradeReferences}, for {@code bind}. */
  static List<Grade> grades(List<String> labels, AuditFramework framework) {
    List<Grade> grades = new ArrayList<>();
    for (String label : labels) {
      grades.add(framework.gradeScale().find(label).orElseThrow());
    }
    return List.copyOf(grades);
  }

  /** Whether a rule limited to some audit types (none meaning every type) applies to one. */
  static boolean appliesTo(List<String> auditTypes, String auditType) {
    return auditTypes.isEmpty() || auditTypes.contains(auditType);
  }
}
