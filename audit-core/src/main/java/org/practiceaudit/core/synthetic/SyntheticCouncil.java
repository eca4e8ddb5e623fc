package org.practiceaudit.core.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.practiceaudit.core.allocation.Auditor;
import org.practiceaudit.core.casefile.CaseCategory;
import org.practiceaudit.core.casefile.CaseFile;
import org.practiceaudit.core.casefile.CaseId;
import org.practiceaudit.core.casefile.ImmutableCaseFile;
import org.practiceaudit.core.casefile.ImmutableInvolvement;
import org.practiceaudit.core.casefile.Involvement;
import org.practiceaudit.core.workforce.PersonId;
import org.practiceaudit.core.workforce.Role;

/**
 * A deterministic SYNTHETIC council for demonstrations (the command line's {@code demo}): its
 * caseload and its auditors. No real child, worker or council: every id starts with {@code SYN} and
 * every case carries the attribute {@code source=synthetic}.
 *
 * <p>Ten teams in four services hold the open cases, each with a team manager and twelve social
 * workers; cases have involvement histories (current and earlier workers, managers, advanced
 * practitioners and, for children in care and on plans, reviewing officers). The auditors cover
 * every role of Dudley's table of minimum audits (audit framework 2017): strategic director, chief
 * officers, heads of service, service managers, team managers and advanced practitioners. The same
 * seed always gives the same caseload, on any Java 17 virtual machine ({@link Random}'s algorithm
 * is specified).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SyntheticCouncil {

  /**
   * A team: name, service, the share of its cases in each category, and how many cases it holds.
   */
  private record Team(
      String name, int service, CaseCategory[] categories, int[] weights, int cases) {}

  private static final String[] SERVICES = {
    "Assessment and Intervention", "Safeguarding", "Children in Care", "Disabled Children"
  };

  private static final List<Team> TEAMS =
      List.of(
          team(
              "Assessment North",
              0,
              220,
              CaseCategory.CHILD_IN_NEED,
              70,
              CaseCategory.CHILD_PROTECTION,
              30),
          team(
              "Assessment South",
              0,
              220,
              CaseCategory.CHILD_IN_NEED,
              70,
              CaseCategory.CHILD_PROTECTION,
              30),
          team("Early Help", 0, 150, CaseCategory.EARLY_HELP, 100),
          team(
              "Intervention",
              1,
              180,
              CaseCategory.CHILD_IN_NEED,
              50,
              CaseCategory.CHILD_PROTECTION,
              50),
          team(
              "Safeguarding East",
              1,
              230,
              CaseCategory.CHILD_PROTECTION,
              70,
              CaseCategory.CHILD_IN_NEED,
              30),
          team(
              "Safeguarding West",
              1,
              230,
              CaseCategory.CHILD_PROTECTION,
              70,
              CaseCategory.CHILD_IN_NEED,
              30),
          team("Children in Care One", 2, 250, CaseCategory.LOOKED_AFTER, 100),
          team("Children in Care Two", 2, 250, CaseCategory.LOOKED_AFTER, 100),
          team("Leaving Care", 2, 150, CaseCategory.CARE_LEAVER, 100),
          team("Disabled Children", 3, 120, CaseCategory.DISABLED_CHILDREN, 100));

  /** The number of social workers in each team. */
  public static final int WORKERS_PER_TEAM = 12;

  private static final String[] AGE_BANDS = {"0-4", "5-9", "10-15", "16-17"};

  private SyntheticCouncil() {}

  private static Team team(String name, int service, int cases, Object... categoriesAndWeights) {
    int n = categoriesAndWeights.length / 2;
    CaseCategory[] categories = new CaseCategory[n];
    int[] weights = new int[n];
    for (int i = 0; i < n; i++) {
      categories[i] = (CaseCategory) categoriesAndWeights[2 * i];
      weights[i] = (Integer) categoriesAndWeights[2 * i + 1];
    }
    return new Team(name, service, categories, weights, cases);
  }

  /**
   * Returns the number of open cases the full caseload holds.
   *
   * @return 2,000
   */
  public static int fullSize() {
    return TEAMS.stream().mapToInt(Team::cases).sum();
  }

  /**
   * Generates the caseload open on {@code asOf}, the same for the same arguments.
   *
   * @param seed the seed
   * @param asOf the day the cases are open on; not null
   * @param perTeamDivisor 1 for the full 2,000 cases, a larger divisor for a smaller caseload of
   *     the same shape
   * @return a new list of the cases, in id order
   * @throws IllegalArgumentException if {@code perTeamDivisor} is not positive
   */
  public static List<CaseFile> cases(long seed, LocalDate asOf, int perTeamDivisor) {
    return cases(new Random(seed), asOf, perTeamDivisor);
  }

  /**
   * Generates the caseload open on {@code asOf}, drawing every choice from a generator.
   *
   * @param random the source of every random choice; not null
   * @param asOf the day the cases are open on; not null
   * @param perTeamDivisor 1 for the full 2,000 cases, a larger divisor for a smaller caseload of
   *     the same shape
   * @return a new list of the cases, in id order
   * @throws IllegalArgumentException if {@code perTeamDivisor} is not positive
   */
  public static List<CaseFile> cases(RandomGenerator random, LocalDate asOf, int perTeamDivisor) {
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(asOf, "asOf");
    if (perTeamDivisor < 1) {
      throw new IllegalArgumentException("per-team divisor must be positive: " + perTeamDivisor);
    }
    List<CaseFile> cases = new ArrayList<>();
    int caseNumber = 0;
    for (int t = 0; t < TEAMS.size(); t++) {
      Team team = TEAMS.get(t);
      for (int k = 0; k < team.cases() / perTeamDivisor; k++) {
        caseNumber++;
        cases.add(synthesiseCase(random, asOf, t, team, caseNumber));
      }
    }
    return cases;
  }

  private static CaseFile synthesiseCase(
      RandomGenerator random, LocalDate asOf, int t, Team team, int number) {
    CaseCategory category = pick(random, team.categories(), team.weights());
    LocalDate openedOn = asOf.minusDays(1 + random.nextInt(3 * 365));
    PersonId worker = socialWorker(t, random.nextInt(WORKERS_PER_TEAM));
    ImmutableCaseFile.Builder builder =
        CaseFile.builder()
            .id(CaseId.of(String.format("SYN-%05d", number)))
            .category(category)
            .team(team.name())
            .allocatedWorker(worker)
            .openedOn(openedOn)
            .putAttribute("age_band", AGE_BANDS[random.nextInt(AGE_BANDS.length)])
            .putAttribute("source", "synthetic");
    long openDays = asOf.toEpochDay() - openedOn.toEpochDay();
    if (random.nextInt(100) < 35) {
      builder.lastAuditedOn(openedOn.plusDays(random.nextInt((int) openDays)));
    }
    LocalDate workerFrom = openedOn;
    if (openDays > 120 && random.nextInt(100) < 40) {
      workerFrom = openedOn.plusDays(30 + random.nextInt((int) openDays - 60));
      PersonId earlier = socialWorker(t, random.nextInt(WORKERS_PER_TEAM));
      builder.addInvolvement(
          involvement(earlier, Role.SOCIAL_WORKER, openedOn, workerFrom.minusDays(1)));
    }
    builder.addInvolvement(involvement(worker, Role.SOCIAL_WORKER, workerFrom, null));
    builder.addInvolvement(involvement(teamManager(t), Role.TEAM_MANAGER, openedOn, null));
    addSeniorInvolvements(builder, random, team, openedOn, openDays);
    if (category.equals(CaseCategory.LOOKED_AFTER)
        || category.equals(CaseCategory.CHILD_PROTECTION)) {
      builder.addInvolvement(
          involvement(
              PersonId.of(String.format("SYN-IRO%02d", 1 + random.nextInt(8))),
              Role.INDEPENDENT_REVIEWING_OFFICER,
              openedOn,
              null));
    }
    return builder.build();
  }

  /** Now and then a service manager, an advanced practitioner or a head of service joins. */
  private static void addSeniorInvolvements(
      ImmutableCaseFile.Builder builder,
      RandomGenerator random,
      Team team,
      LocalDate openedOn,
      long openDays) {
    if (random.nextInt(100) < 30) {
      builder.addInvolvement(
          involvement(
              serviceManager(team.service()),
              Role.SERVICE_MANAGER,
              openedOn.plusDays(random.nextInt((int) openDays)),
              null));
    }
    if (random.nextInt(100) < 10) {
      builder.addInvolvement(
          involvement(
              advancedPractitioner(random.nextInt(6)),
              Role.ADVANCED_PRACTITIONER,
              openedOn.plusDays(random.nextInt((int) openDays)),
              null));
    }
    if (random.nextInt(100) < 3) {
      builder.addInvolvement(
          involvement(
              headOfService(team.service() % 3),
              Role.HEAD_OF_SERVICE,
              openedOn.plusDays(random.nextInt((int) openDays)),
              null));
    }
  }

  private static Involvement involvement(PersonId person, Role role, LocalDate from, LocalDate to) {
    ImmutableInvolvement.Builder builder =
        Involvement.builder().person(person).role(role).from(from);
    if (to != null) {
      builder.to(to);
    }
    return builder.build();
  }

  private static <T> T pick(RandomGenerator random, T[] values, int[] weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < values.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return values[i];
      }
    }
    throw new IllegalStateException("weights " + total);
  }

  /**
   * Returns the id of a social worker of a team.
   *
   * @param team the team, from 0
   * @param index the worker in the team, from 0
   * @return the pseudonymous id
   */
  public static PersonId socialWorker(int team, int index) {
    return PersonId.of(String.format("SYN-SW%03d", team * WORKERS_PER_TEAM + index + 1));
  }

  /**
   * Returns the id of the team manager of a team.
   *
   * @param team the team, from 0
   * @return the pseudonymous id
   */
  public static PersonId teamManager(int team) {
    return PersonId.of(String.format("SYN-TM%02d", team + 1));
  }

  /**
   * Returns the id of the manager of a service.
   *
   * @param service the service, from 0
   * @return the pseudonymous id
   */
  public static PersonId serviceManager(int service) {
    return PersonId.of(String.format("SYN-SM%02d", service + 1));
  }

  /**
   * Returns the id of a head of service.
   *
   * @param index the head of service, from 0
   * @return the pseudonymous id
   */
  public static PersonId headOfService(int index) {
    return PersonId.of(String.format("SYN-HOS%02d", index + 1));
  }

  /**
   * Returns the id of an advanced practitioner.
   *
   * @param index the practitioner, from 0
   * @return the pseudonymous id
   */
  public static PersonId advancedPractitioner(int index) {
    return PersonId.of(String.format("SYN-AP%02d", index + 1));
  }

  /**
   * The auditors of one month, every role of Dudley's table with its monthly capacity: a strategic
   * director (assisted audits), two chief officers, three heads of service, six service managers, a
   * team manager per team and six advanced practitioners.
   *
   * @return a new list of the auditors, with their teams (or services) and monthly capacities
   */
  public static List<Auditor> auditors() {
    List<Auditor> auditors = new ArrayList<>();
    auditors.add(auditor(PersonId.of("SYN-SD01"), Role.STRATEGIC_DIRECTOR, "Directorate", 1));
    for (int i = 0; i < 2; i++) {
      auditors.add(
          auditor(
              PersonId.of(String.format("SYN-CO%02d", i + 1)),
              Role.CHIEF_OFFICER,
              "Directorate",
              1));
    }
    for (int i = 0; i < 3; i++) {
      auditors.add(auditor(headOfService(i), Role.HEAD_OF_SERVICE, SERVICES[i], 1));
    }
    for (int i = 0; i < 6; i++) {
      auditors.add(
          auditor(serviceManager(i), Role.SERVICE_MANAGER, SERVICES[i % SERVICES.length], 1));
    }
    for (int t = 0; t < TEAMS.size(); t++) {
      auditors.add(auditor(teamManager(t), Role.TEAM_MANAGER, TEAMS.get(t).name(), 1));
    }
    for (int i = 0; i < 6; i++) {
      auditors.add(
          auditor(advancedPractitioner(i), Role.ADVANCED_PRACTITIONER, TEAMS.get(i).name(), 2));
    }
    return auditors;
  }

  private static Auditor auditor(PersonId id, Role role, String team, int capacity) {
    return Auditor.builder().id(id).role(role).team(team).capacity(capacity).build();
  }
}
