package org.practiceaudit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.practiceaudit.core.calendar.FollowUpPolicy;
import org.practiceaudit.core.calendar.UkDivision;
import org.practiceaudit.core.calendar.WorkingCalendar;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.EscalationCategory;

/**
 * Resolves the {@code --framework ID|FILE} option: a bundled framework by id, or a configuration file.
 *
 * <p>TEMPORARY BRIDGE: until audit-json's bundled frameworks land, the only id known is {@code dudley},
 * defined here by its escalation table alone. Remove it once {@code BundledFrameworks} exists.
 */
final class Frameworks {

  static final List<String> BUNDLED = List.of("dudley");

  private Frameworks() {}

  /**
   * Resolves a framework id or file.
   *
   * @throws InputException if there is no such bundled framework or the file is invalid
   */
  static AuditFramework resolve(String idOrFile) {
    Path path = Path.of(idOrFile);
    if (Files.isRegularFile(path)) {
      throw new InputException(idOrFile + ": loading a framework file needs audit-json's loader,"
          + " which this build does not have yet; use a bundled id " + BUNDLED);
    }
    if (idOrFile.equals("dudley")) {
      return dudley();
    }
    throw new InputException("unknown framework '" + idOrFile + "'; expected a file or one of "
        + BUNDLED);
  }

  /** The rule id that decides a deadline from an escalation category. */
  static String escalationRuleId(AuditFramework framework) {
    return framework.id() + "/escalation-category";
  }

  private static AuditFramework dudley() {
    return AuditFramework.builder()
        .id("dudley")
        .version("2017.1")
        .name("Dudley audit framework 2017")
        .calendar(WorkingCalendar.of(UkDivision.ENGLAND_AND_WALES))
        .addEscalationCategories(
            category(1, "Inadequate Critical", FollowUpPolicy.elapsedHours(48)),
            category(2, "Inadequate with action required", FollowUpPolicy.workingDays(10)),
            category(3, "Actions required for the case to be in good order",
                FollowUpPolicy.workingDays(20)),
            category(4, "Case in good order", FollowUpPolicy.none()))
        .build();
  }

  private static EscalationCategory category(int level, String name, FollowUpPolicy followUp) {
    return EscalationCategory.builder().level(level).name(name).followUp(followUp).build();
  }
}
