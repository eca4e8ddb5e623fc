package org.practiceaudit.imports.annexa;

import org.practiceaudit.imports.table.Field;

/**
 * The columns of Annex A's lists that the reader uses, with the other titles councils give them.
 */
final class AnnexAColumns {

  static final Field CHILD_ID =
      Field.of(
          "Child Unique ID",
          "Child ID",
          "Unique Child ID",
          "Child Unique Identifier",
          "Child Identifier",
          "Child Reference",
          "Child Ref",
          "LA Child ID",
          "Person ID",
          "CHILD");
  static final Field DATE_OF_BIRTH = Field.of("Date of Birth", "DOB", "Birth Date");
  static final Field AGE = Field.of("Age of Child (Years)", "Age", "Age of Child", "Age (Years)");
  static final Field CIN_START = Field.of("CIN Start Date", "CIN Referral Date", "CIN Start");
  static final Field CIN_CLOSURE =
      Field.of("CIN Closure Date", "CIN End Date", "CIN Closure", "Closure Date");
  static final Field CASE_STATUS = Field.of("Case Status", "Status");
  static final Field TEAM = Field.of("Allocated Team", "Team");
  static final Field WORKER =
      Field.of("Allocated Worker", "Worker", "Allocated Social Worker", "Social Worker");
  static final Field CP_START =
      Field.of(
          "Child Protection Plan Start Date",
          "CP Plan Start Date",
          "CP Start Date",
          "CPP Start Date");
  static final Field CP_END =
      Field.of("Child Protection Plan End Date", "CP Plan End Date", "CP End Date", "CPP End Date");
  static final Field LA_START =
      Field.of(
          "Date Started to be Looked After",
          "Looked After Start Date",
          "CLA Start Date",
          "LAC Start Date",
          "Date Started Looked After");
  static final Field LA_END =
      Field.of(
          "Date Ceased to be Looked After",
          "Looked After End Date",
          "CLA End Date",
          "LAC End Date",
          "Date Ceased Looked After");

  private AnnexAColumns() {}

  static Field of(String label, String... aliases) {
    return Field.of(label, aliases);
  }
}
