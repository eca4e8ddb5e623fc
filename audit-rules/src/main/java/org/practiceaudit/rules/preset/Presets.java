package org.practiceaudit.rules.preset;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.practiceaudit.core.AuditException;
import org.practiceaudit.rules.framework.LocalFramework;

/**
 * The frameworks of the five source documents as ready-made {@link LocalFramework}s, each rule
 * citing the document and line it implements.
 *
 * <ul>
 *   <li>{@code dudley}: Dudley audit framework 2017 ({@link #dudley()});
 *   <li>{@code dorset}: Dorset monthly audit report, June 2019 ({@link #dorset()});
 *   <li>{@code camden}: Camden audit programme 2021-22 ({@link #camden()});
 *   <li>{@code hillingdon}: Hillingdon "A guide to auditing", November 2016 ({@link
 *       #hillingdon()});
 *   <li>{@code london-multi-agency}: London multi-agency safeguarding audit pack ({@link
 *       #londonMultiAgency()}).
 * </ul>
 *
 * <p>Where a document is silent, the preset says so in its javadoc and chooses a documented
 * default.
 */
public final class Presets {

  private static final Map<String, Supplier<LocalFramework>> PRESETS = presets();

  private Presets() {}

  private static Map<String, Supplier<LocalFramework>> presets() {
    Map<String, Supplier<LocalFramework>> m = new TreeMap<>();
    m.put("camden", Presets::camden);
    m.put("dorset", Presets::dorset);
    m.put("dudley", Presets::dudley);
    m.put("hillingdon", Presets::hillingdon);
    m.put("london-multi-agency", Presets::londonMultiAgency);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * Returns the ids of the presets.
   *
   * @return an unmodifiable, sorted list: camden, dorset, dudley, hillingdon, london-multi-agency
   */
  public static List<String> ids() {
    return List.copyOf(PRESETS.keySet());
  }

  /**
   * Finds a preset by id.
   *
   * @param id the id, such as {@code dudley}; not null
   * @return the preset, or empty if there is none with that id
   * @throws NullPointerException if {@code id} is null
   */
  public static Optional<LocalFramework> find(String id) {
    Supplier<LocalFramework> preset = PRESETS.get(Objects.requireNonNull(id, "id"));
    return preset == null ? Optional.empty() : Optional.of(preset.get());
  }

  /**
   * Returns a preset by id.
   *
   * @param id the id, such as {@code dudley}; not null
   * @return the preset
   * @throws NullPointerException if {@code id} is null
   * @throws AuditException if there is no preset with that id, listing the ids there are
   */
  public static LocalFramework get(String id) {
    return find(id)
        .orElseThrow(
            () -> new AuditException("unknown preset '" + id + "'; expected one of " + ids()));
  }

  /**
   * Returns Dudley's framework: escalation categories 1-4 with follow-up at 48 hours, 10 and 20
   * working days and none; Dudley's role quotas, sampling plans and 20% moderation; escalation,
   * follow-up and grading rules.
   *
   * @return the preset
   */
  public static LocalFramework dudley() {
    return DudleyPreset.build();
  }

  /**
   * Returns Dorset's framework: seven domains scored 1-10 and an overall Ofsted judgement (Dorset
   * monthly audit report, June 2019, 2.1; requirements D2, D4 and D9 in {@code requirements.yaml}).
   *
   * @return the preset
   */
  public static LocalFramework dorset() {
    return DorsetPreset.build();
  }

  /**
   * Returns Camden's framework: its audit types, sampling plans (the front door's including
   * recently closed contacts, C13) and annual programme, and actions and notifications for audits
   * graded requires improvement or inadequate (C21, C22).
   *
   * @return the preset
   */
  public static LocalFramework camden() {
    return CamdenPreset.build();
  }

  /**
   * Returns Hillingdon's framework: indicator checklists for home visits, assessments, plans and
   * reviews, graded per area of work the audit covers (H11), and audits due within 10 working days
   * (H2a, H2b).
   *
   * @return the preset
   */
  public static LocalFramework hillingdon() {
    return HillingdonPreset.build();
  }

  /**
   * Returns the London multi-agency audit pack's framework: each agency grades each area of work
   * (London multi-agency safeguarding audit pack, section 1; requirements L3, L9, L12 and L17).
   *
   * @return the preset
   */
  public static LocalFramework londonMultiAgency() {
    return LondonMultiAgencyPreset.build();
  }
}
