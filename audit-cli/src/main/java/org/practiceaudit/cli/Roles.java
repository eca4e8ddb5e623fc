package org.practiceaudit.cli;

/** What the command line says about roles in messages. */
final class Roles {

  static final String EXPECTED =
      "a role such as social-worker, team-manager, service-manager,"
          + " head-of-service, advanced-practitioner or TM, SM, HoS, AP";

  private Roles() {}
}
