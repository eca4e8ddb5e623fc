package org.practiceaudit.imports.ssda903;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.practiceaudit.imports.ImportException;
import org.practiceaudit.imports.ImportOptions;
import org.practiceaudit.imports.ImportResult;

/**
 * Reads the SSDA903 return of children looked after (the statutory CSV files: Header, Episodes and
 * optionally Social worker episodes, dates as {@code DD/MM/YYYY}) into case files as of a day.
 *
 * <p>The mapping: {@code case_id} is {@code CHILD}; {@code category} is {@code looked-after};
 * {@code opened_on} is the start ({@code DECOM}) of the current period of care, which begins at the
 * last episode with {@code RNE} = {@code S} that started on or before the as-of day (or at the
 * child's first episode when none has); {@code closed_on} is the end ({@code DEC}) of the last
 * episode of that period whose {@code REC} is not {@code X1} ({@code X1}: the episode ended but the
 * child stayed looked after); {@code worker} is the keyed pseudonym of the {@code SW_ID} whose
 * episode covers the as-of day; {@code team} is {@value ImportOptions#UNKNOWN_TEAM}, as the return
 * has none. Attributes, on request: {@code age-band} (from {@code DOB}, never the date itself),
 * {@code gender} ({@code SEX}), {@code ethnicity} ({@code ETHNIC}), {@code legal-status} ({@code
 * LS}), {@code placement-type} ({@code PLACE}) and {@code category-of-need} ({@code CIN}) of the
 * period's latest episode.
 *
 * <p>Privacy: only these columns are read; errors cite the file, line and column, never a cell's
 * content.
 */
public final class Ssda903 {

  private Ssda903() {}

  /**
   * Reads an SSDA903 return.
   *
   * @param header the Header file ({@code CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB}); not null
   * @param episodes the Episodes file ({@code
   *     CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,…}); not null
   * @param socialWorkers the Social worker episodes file ({@code CHILD,DOB,SW_ID,SW_DECOM,SW_DEC,
   *     SW_REASON}), if any; not null
   * @param options the as-of day (required), pseudonym key and attributes; not null
   * @return the case files and what was read
   * @throws ImportException if a file cannot be read, lacks a column, has an unreadable date or
   *     child id, or the Header names a child twice; or no as-of day was given
   */
  public static ImportResult read(
      Path header, Path episodes, Optional<Path> socialWorkers, ImportOptions options) {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(episodes, "episodes");
    Objects.requireNonNull(socialWorkers, "socialWorkers");
    Objects.requireNonNull(options, "options");
    return new Ssda903Reader(options).read(header, episodes, socialWorkers);
  }
}
