package org.practiceaudit.core.moderation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.practiceaudit.core.audit.Audit;
import org.practiceaudit.core.audit.AuditId;
import org.practiceaudit.core.grade.Grade;
import org.practiceaudit.core.internal.Sha256;
import org.practiceaudit.core.internal.UniformDraws;
import org.practiceaudit.core.sampling.Seed;
import org.practiceaudit.core.workforce.PersonId;

/**
 * Selects completed audits for moderation ({@value #ALGORITHM}), reproducibly and independently of
 * input order.
 *
 * <p>The audits are sorted by id, and the planned size is {@code ceil(share × completed)}. Then:
 *
 * <ol>
 *   <li><b>Grade rule</b> (when configured): every audit whose overall grade is on the policy
 *       grade's scale and at or below it, in id order.
 *   <li><b>Auditor coverage</b> (when configured): for each auditor in id order with nothing
 *       selected yet, one of their audits, chosen uniformly by the samples' partial Fisher–Yates
 *       draw (see {@link org.practiceaudit.core.sampling.Sampler}) with the label {@value
 *       #ALGORITHM} + NUL + {@code "auditor"} + NUL + the auditor's id.
 *   <li><b>Random share</b>: if fewer than the planned size are selected, the rest are drawn
 *       uniformly from the audits not yet selected, in id order, with the label {@value #ALGORITHM}
 *       + NUL + {@code "random-share"}.
 * </ol>
 *
 * Grade-rule and coverage picks count toward the planned size but are never dropped to meet it:
 * with many inadequate audits or many auditors, the sample is larger than the share.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ModerationSampler {

  /** The id and version of the selection algorithm, recorded in every moderation sample. */
  public static final String ALGORITHM = "moderation-fisher-yates-lcg48/1";

  private ModerationSampler() {}

  /**
   * Selects completed audits for moderation.
   *
   * @param completed the completed audits, in any order; not null, no nulls, each with a completed
   *     status, no two with the same id
   * @param policy the policy; not null
   * @param seed the seed; not null
   * @return the selection with reasons and trail
   * @throws IllegalArgumentException if an audit is not completed or two audits share an id (the
   *     message names the audit)
   */
  public static ModerationSample select(
      Collection<Audit> completed, ModerationPolicy policy, Seed seed) {
    Objects.requireNonNull(completed, "completed");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(seed, "seed");
    Audit[] audits = sortedCompleted(completed);
    int planned =
        policy
            .share()
            .multiply(BigDecimal.valueOf(audits.length))
            .setScale(0, RoundingMode.CEILING)
            .intValueExact();

    Map<AuditId, ModerationPick> picks = new LinkedHashMap<>();
    Set<PersonId> covered = new HashSet<>();
    if (policy.includeGradedAtOrBelow().isPresent()) {
      Grade threshold = policy.includeGradedAtOrBelow().get();
      for (Audit audit : audits) {
        if (audit.overallGrade().isPresent()
            && audit.overallGrade().get().scaleId().equals(threshold.scaleId())
            && !audit.overallGrade().get().isBetterThan(threshold)) {
          picks.put(
              audit.id(),
              ModerationPick.of(audit.id(), audit.auditor(), ModerationReason.GRADE_RULE));
          covered.add(audit.auditor());
        }
      }
    }
    if (policy.atLeastOnePerAuditor()) {
      pickPerAuditor(audits, seed, covered, picks);
    }
    if (picks.size() < planned) {
      List<Audit> pool = new ArrayList<>();
      for (Audit audit : audits) {
        if (!picks.containsKey(audit.id())) {
          pool.add(audit);
        }
      }
      int count = Math.min(planned - picks.size(), pool.size());
      for (Audit audit :
          UniformDraws.<Audit>choose(pool, count, seed.value(), ALGORITHM + "\u0000random-share")) {
        picks.put(
            audit.id(),
            ModerationPick.of(audit.id(), audit.auditor(), ModerationReason.RANDOM_SHARE));
      }
    }
    return ModerationSample.builder()
        .algorithm(ALGORITHM)
        .seed(seed)
        .policy(policy)
        .populationFingerprint(fingerprint(audits))
        .completed(audits.length)
        .plannedSize(planned)
        .addAllPicks(picks.values())
        .build();
  }

  /** The completed audits in id order; each must be completed, and no two share an id. */
  private static Audit[] sortedCompleted(Collection<Audit> completed) {
    Audit[] audits = completed.toArray(new Audit[0]);
    for (Audit audit : audits) {
      Objects.requireNonNull(audit, "completed must not contain null");
      if (!audit.status().isCompleted()) {
        throw new IllegalArgumentException(
            "audit "
                + audit.id()
                + " is not completed (status "
                + audit.status()
                + "); only completed"
                + " audits can be moderated");
      }
    }
    Arrays.sort(audits, Comparator.comparing(Audit::id));
    for (int i = 1; i < audits.length; i++) {
      if (audits[i].id().equals(audits[i - 1].id())) {
        throw new IllegalArgumentException(
            "duplicate audit id among the completed audits: " + audits[i].id());
      }
    }
    return audits;
  }

  /** Picks one audit at random of each auditor no pick covers yet. */
  private static void pickPerAuditor(
      Audit[] audits, Seed seed, Set<PersonId> covered, Map<AuditId, ModerationPick> picks) {
    Map<PersonId, List<Audit>> byAuditor = new TreeMap<>();
    for (Audit audit : audits) {
      byAuditor.computeIfAbsent(audit.auditor(), a -> new ArrayList<>()).add(audit);
    }
    for (Map.Entry<PersonId, List<Audit>> entry : byAuditor.entrySet()) {
      if (covered.contains(entry.getKey())) {
        continue;
      }
      Audit chosen =
          UniformDraws.<Audit>choose(
                  entry.getValue(),
                  1,
                  seed.value(),
                  ALGORITHM + "\u0000auditor\u0000" + entry.getKey())
              .get(0);
      picks.put(
          chosen.id(),
          ModerationPick.of(chosen.id(), chosen.auditor(), ModerationReason.AUDITOR_COVERAGE));
    }
  }

  private static String fingerprint(Audit[] audits) {
    MessageDigest digest = Sha256.newDigest();
    for (Audit audit : audits) {
      String grade = audit.overallGrade().map(g -> g.scaleId() + ":" + g.rank()).orElse("");
      digest.update(
          (audit.id() + "\t" + audit.auditor() + "\t" + grade + "\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    return Sha256.hex(digest.digest());
  }
}
