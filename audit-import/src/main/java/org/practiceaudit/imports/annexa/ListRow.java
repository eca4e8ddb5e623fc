package org.practiceaudit.imports.annexa;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.practiceaudit.core.workforce.PersonId;

/** What the reader kept of one child's row in one list. */
final class ListRow {
  final Optional<CaseStatus> status;
  final boolean statusGiven;
  final LocalDate opened;
  final LocalDate closed;
  final String team;
  final PersonId worker;
  final Map<String, String> attributes;

  ListRow(
      Optional<CaseStatus> status,
      boolean statusGiven,
      LocalDate opened,
      LocalDate closed,
      String team,
      PersonId worker,
      Map<String, String> attributes) {
    this.status = status;
    this.statusGiven = statusGiven;
    this.opened = opened;
    this.closed = closed;
    this.team = team;
    this.worker = worker;
    this.attributes = attributes;
  }
}
