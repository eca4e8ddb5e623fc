package org.practiceaudit.rules.preset;

/** Citations of the five source documents, by file and line. */
final class Sources {

  static final String CAMDEN = "Camden audit programme 2021-22 (seeds/000_1647c349b472fe48.txt";
  static final String DORSET =
      "Dorset monthly audit report June 2019 (seeds/001_3330d31f9ee7aec4.txt";
  static final String HILLINGDON =
      "Hillingdon, A guide to auditing, Nov 2016 (seeds/002_2209a8a63f7d1f69.txt";
  static final String LONDON =
      "London multi-agency safeguarding audit pack (seeds/003_a6d3366ab38c0bd9.txt";
  static final String DUDLEY = "Dudley audit framework 2017 (seeds/004_de088cc296a90497.txt";

  private Sources() {}

  static String cite(String document, String section, String lines) {
    return document + ", " + lines + "), " + section;
  }
}
