package org.practiceaudit.rules.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.practiceaudit.core.framework.AuditFramework;
import org.practiceaudit.core.framework.AuditType;
import org.practiceaudit.core.framework.Domain;
import org.practiceaudit.core.framework.EscalationCategory;
import org.practiceaudit.core.framework.Indicator;
import org.practiceaudit.core.programme.AuditProgramme;
import org.practiceaudit.core.quota.RoleQuota;
import org.practiceaudit.core.sampling.SamplingPlan;
import org.practiceaudit.rules.ConfiguredRule;
import org.practiceaudit.rules.framework.FrameworkDiff.Change;
import org.practiceaudit.rules.framework.FrameworkDiff.Kind;
import org.practiceaudit.rules.grading.GradeBands;

/**
 * How {@link FrameworkDiff} finds the changes between two versions, area by area in the order of
 * the sections of {@link FrameworkWords#account}: things matched by id, level, name or role, each
 * told in the words of {@link FrameworkWords}.
 */
final class FrameworkChanges {

  private FrameworkChanges() {}

  /** Returns the changes from {@code older} to {@code newer}, framework first, rules last. */
  static List<Change> between(
      LocalFramework older,
      Optional<GradeBands> olderBands,
      LocalFramework newer,
      Optional<GradeBands> newerBands) {
    List<Change> c = new ArrayList<>();
    AuditFramework a = older.framework();
    AuditFramework b = newer.framework();
    framework(c, a, b);
    optional(
        c,
        "grade-bands",
        "grade-bands",
        olderBands.map(g -> bands(g)),
        newerBands.map(g -> bands(g)));
    domains(c, a, b);
    local(c, older, newer);
    return c;
  }

  /** The framework's own settings: id, version, name, local lists, calendar, due day, scale. */
  private static void framework(List<Change> c, AuditFramework a, AuditFramework b) {
    compare(c, "framework", "id", a.id(), b.id());
    compare(c, "framework", "version", a.version(), b.version());
    if (!a.name().equals(b.name())) {
      c.add(new Change("framework", "name", Kind.RENAMED, a.name(), b.name()));
    }
    compare(
        c,
        "framework",
        "local-categories",
        a.localCategories().toString(),
        b.localCategories().toString());
    compare(c, "framework", "local-roles", a.localRoles().toString(), b.localRoles().toString());
    if (!a.calendar().equals(b.calendar())) {
      c.add(
          new Change(
              "calendar",
              "calendar",
              Kind.CHANGED,
              FrameworkWords.calendar(a.calendar()),
              FrameworkWords.calendar(b.calendar())
                  + (FrameworkWords.calendar(a.calendar())
                          .equals(FrameworkWords.calendar(b.calendar()))
                      ? " (other dates)"
                      : "")));
    }
    compare(
        c,
        "audit-due",
        "audit-due",
        FrameworkWords.auditDue(a.auditDue(), a.calendar()),
        FrameworkWords.auditDue(b.auditDue(), b.calendar()));
    compare(
        c,
        "grade-scale",
        a.gradeScale().id(),
        FrameworkWords.gradeScale(a.gradeScale()),
        FrameworkWords.gradeScale(b.gradeScale()));
  }

  /** Audit types, escalation categories, sampling plans, quotas, moderation, programme, rules. */
  private static void local(List<Change> c, LocalFramework older, LocalFramework newer) {
    AuditFramework a = older.framework();
    AuditFramework b = newer.framework();
    keyed(
        c,
        "audit-type",
        byKey(a.auditTypes(), AuditType::id),
        byKey(b.auditTypes(), AuditType::id),
        AuditType::name,
        t ->
            "reviews "
                + FrameworkWords.reviewPeriod(t.reviewPeriod())
                + (t.description().isBlank() ? "" : "; " + t.description()));
    categories(c, a, b);
    keyed(
        c,
        "sampling-plan",
        byKey(older.samplingPlans(), SamplingPlan::name),
        byKey(newer.samplingPlans(), SamplingPlan::name),
        p -> "",
        FrameworkWords::samplingPlan);
    keyed(
        c,
        "quota",
        quotas(older.roleQuotas()),
        quotas(newer.roleQuotas()),
        q -> "",
        FrameworkWords::quota);
    optional(
        c,
        "moderation",
        "moderation",
        older.moderationPolicy().map(FrameworkWords::moderation),
        newer.moderationPolicy().map(FrameworkWords::moderation));
    optional(
        c,
        "programme",
        "programme",
        older.programme().map(FrameworkChanges::programme),
        newer.programme().map(FrameworkChanges::programme));
    rules(c, older, newer);
  }

  private static String programme(AuditProgramme programme) {
    var section = FrameworkWords.programme(programme);
    List<String> words = new ArrayList<>(section.paragraphs());
    section.entries().forEach(e -> words.addAll(e.sentences()));
    return String.join(" ", words);
  }

  private static String bands(GradeBands bands) {
    List<String> parts = new ArrayList<>();
    bands.bands().forEach(band -> parts.add(FrameworkWords.value(band)));
    return String.join("; ", parts);
  }

  private static void domains(List<Change> c, AuditFramework a, AuditFramework b) {
    Map<String, Domain> before = byKey(a.domains(), Domain::id);
    Map<String, Domain> after = byKey(b.domains(), Domain::id);
    for (Domain d : a.domains()) {
      if (!after.containsKey(d.id())) {
        c.add(new Change("domain", d.id(), Kind.REMOVED, d.title(), ""));
      }
    }
    for (Domain d : b.domains()) {
      Domain old = before.get(d.id());
      if (old == null) {
        c.add(
            new Change(
                "domain",
                d.id(),
                Kind.ADDED,
                "",
                d.title() + "; " + FrameworkWords.scale(d.scoreScale())));
        continue;
      }
      if (!old.title().equals(d.title())) {
        c.add(new Change("domain", d.id(), Kind.RENAMED, old.title(), d.title()));
      }
      compare(
          c,
          "domain-scale",
          d.id(),
          FrameworkWords.scale(old.scoreScale()),
          FrameworkWords.scale(d.scoreScale()));
      compare(c, "domain-guidance", d.id(), old.guidance(), d.guidance());
      keyed(c, "indicator", indicators(old), indicators(d), i -> "", i -> i.text());
    }
  }

  /** A domain's indicators by {@code domain/indicator} id, each told with its list. */
  private static Map<String, Indicator> indicators(Domain d) {
    Map<String, Indicator> map = new LinkedHashMap<>();
    d.goodIndicators()
        .forEach(i -> map.put(d.id() + "/" + i.id(), Indicator.of(i.id(), "good: " + i.text())));
    d.outstandingIndicators()
        .forEach(
            i ->
                map.put(
                    d.id() + "/" + i.id(),
                    Indicator.of(i.id(), "moving to outstanding: " + i.text())));
    return map;
  }

  private static void categories(List<Change> c, AuditFramework a, AuditFramework b) {
    Map<String, EscalationCategory> before =
        byKey(a.escalationCategories(), e -> "category-" + e.level());
    Map<String, EscalationCategory> after =
        byKey(b.escalationCategories(), e -> "category-" + e.level());
    keyed(
        c,
        "escalation-category",
        before,
        after,
        EscalationCategory::name,
        EscalationCategory::meaning,
        e -> List.of(e.name(), e.meaning()));
    for (Map.Entry<String, EscalationCategory> e : after.entrySet()) {
      EscalationCategory old = before.get(e.getKey());
      if (old != null && !old.followUp().equals(e.getValue().followUp())) {
        compare(
            c,
            "escalation-follow-up",
            e.getKey(),
            FrameworkWords.followUp(old.followUp(), a.calendar()),
            FrameworkWords.followUp(e.getValue().followUp(), b.calendar()));
      }
    }
  }

  private static Map<String, RoleQuota> quotas(List<RoleQuota> quotas) {
    Map<String, RoleQuota> map = new LinkedHashMap<>();
    for (RoleQuota q : quotas) {
      String key = q.role().id();
      int n = 2;
      while (map.containsKey(key)) {
        key = q.role().id() + "#" + n++;
      }
      map.put(key, q);
    }
    return map;
  }

  private static void rules(List<Change> c, LocalFramework older, LocalFramework newer) {
    Map<String, ConfiguredRule> before = byKey(older.rules(), ConfiguredRule::ruleId);
    Map<String, ConfiguredRule> after = byKey(newer.rules(), ConfiguredRule::ruleId);
    for (ConfiguredRule r : older.rules()) {
      if (!after.containsKey(r.ruleId())) {
        c.add(new Change("rule", r.ruleId(), Kind.REMOVED, "type " + r.typeId(), ""));
      }
    }
    for (ConfiguredRule r : newer.rules()) {
      ConfiguredRule old = before.get(r.ruleId());
      if (old == null) {
        c.add(new Change("rule", r.ruleId(), Kind.ADDED, "", "type " + r.typeId()));
        continue;
      }
      if (!old.typeId().equals(r.typeId())) {
        c.add(
            new Change(
                "rule", r.ruleId(), Kind.CHANGED, "type " + old.typeId(), "type " + r.typeId()));
        continue;
      }
      compare(c, "rule", r.ruleId(), "source: " + old.citation(), "source: " + r.citation());
      compare(c, "rule", r.ruleId(), required(old), required(r));
      Map<String, Object> was = FrameworkWords.parameters(old.parameters());
      Map<String, Object> is = FrameworkWords.parameters(r.parameters());
      for (Map.Entry<String, Object> p : is.entrySet()) {
        String name = FrameworkWords.snakeCase(p.getKey());
        compare(
            c,
            "rule-parameter",
            r.ruleId(),
            name + " = " + FrameworkWords.value(was.get(p.getKey())),
            name + " = " + FrameworkWords.value(p.getValue()));
      }
    }
  }

  private static String required(ConfiguredRule rule) {
    return rule.requiredToComplete() ? "must pass before completion" : "does not stop completion";
  }

  private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(i -> map.put(key.apply(i), i));
    return map;
  }

  /**
   * Added, removed, renamed (by {@code name}) and changed (by {@code words}) things matched by key.
   */
  private static <T> void keyed(
      List<Change> c,
      String area,
      Map<String, T> before,
      Map<String, T> after,
      Function<T, String> name,
      Function<T, String> words) {
    keyed(c, area, before, after, name, words, t -> t);
  }

  /**
   * As above, where {@code compared} is what of a thing this area compares (a category's follow-up
   * is an area of its own), so that a difference the words do not show is still reported.
   */
  private static <T> void keyed(
      List<Change> c,
      String area,
      Map<String, T> before,
      Map<String, T> after,
      Function<T, String> name,
      Function<T, String> words,
      Function<T, Object> compared) {
    for (Map.Entry<String, T> e : before.entrySet()) {
      if (!after.containsKey(e.getKey())) {
        c.add(new Change(area, e.getKey(), Kind.REMOVED, both(name, words, e.getValue()), ""));
      }
    }
    for (Map.Entry<String, T> e : after.entrySet()) {
      T old = before.get(e.getKey());
      if (old == null) {
        c.add(new Change(area, e.getKey(), Kind.ADDED, "", both(name, words, e.getValue())));
        continue;
      }
      boolean renamed = !name.apply(old).equals(name.apply(e.getValue()));
      if (renamed) {
        c.add(
            new Change(area, e.getKey(), Kind.RENAMED, name.apply(old), name.apply(e.getValue())));
      }
      String was = words.apply(old);
      String is = words.apply(e.getValue());
      if (!was.equals(is)) {
        c.add(new Change(area, e.getKey(), Kind.CHANGED, was, is));
      } else if (!renamed && !compared.apply(old).equals(compared.apply(e.getValue()))) {
        // A difference the words do not show, such as another set of excluded case ids of the same
        // size.
        c.add(
            new Change(
                area,
                e.getKey(),
                Kind.CHANGED,
                was,
                is + " (details the words do not show differ)"));
      }
    }
  }

  private static <T> String both(Function<T, String> name, Function<T, String> words, T item) {
    String n = name.apply(item);
    String w = words.apply(item);
    return n.isEmpty() ? w : w.isEmpty() ? n : n + ": " + w;
  }

  private static void optional(
      List<Change> c,
      String area,
      String subject,
      Optional<String> before,
      Optional<String> after) {
    if (before.isPresent() && after.isEmpty()) {
      c.add(new Change(area, subject, Kind.REMOVED, before.get(), ""));
    } else if (before.isEmpty() && after.isPresent()) {
      c.add(new Change(area, subject, Kind.ADDED, "", after.get()));
    } else if (before.isPresent()) {
      compare(c, area, subject, before.get(), after.get());
    }
  }

  private static void compare(
      List<Change> c, String area, String subject, String before, String after) {
    if (!before.equals(after)) {
      c.add(new Change(area, subject, Kind.CHANGED, before, after));
    }
  }
}
