package org.practiceaudit.imports.annexa;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceaudit.imports.table.Field;
import org.practiceaudit.imports.table.HeaderRow;
import org.practiceaudit.imports.table.Headers;

/** The three lists of Annex A that hold a council's open cases, and how each is recognised. */
enum AnnexAList {
  CHILDREN_IN_NEED(
      6,
      "Children in Need",
      List.of("childreninneed", "cin"),
      AnnexAColumns.CIN_START,
      AnnexAColumns.CIN_CLOSURE,
      List.of(AnnexAColumns.CIN_START, AnnexAColumns.CASE_STATUS)),
  CHILD_PROTECTION(
      7,
      "Child Protection",
      List.of("childprotection", "cp", "cpp"),
      AnnexAColumns.CP_START,
      AnnexAColumns.CP_END,
      List.of(
          AnnexAColumns.CP_START,
          AnnexAColumns.of("Latest Category of Abuse"),
          AnnexAColumns.of("Initial Category of Abuse"))),
  CHILDREN_IN_CARE(
      8,
      "Children in Care",
      List.of("childrenincare", "lookedafter", "lookedafterchildren", "cla", "lac", "cic"),
      AnnexAColumns.LA_START,
      AnnexAColumns.LA_END,
      List.of(
          AnnexAColumns.LA_START,
          AnnexAColumns.of("Child's Legal Status"),
          AnnexAColumns.of("Placement Type")));

  private static final Pattern LIST_NUMBER = Pattern.compile("list0*(\\d+).*");

  private final int number;
  private final String title;
  private final List<String> names;
  private final Field start;
  private final Field end;
  private final List<Field> signature;

  AnnexAList(
      int number, String title, List<String> names, Field start, Field end, List<Field> signature) {
    this.number = number;
    this.title = title;
    this.names = names;
    this.start = start;
    this.end = end;
    this.signature = signature;
  }

  /** Returns the list's name, such as {@code List 6}. */
  String label() {
    return "List " + number;
  }

  /** Returns the list's name and title, such as {@code List 6 (Children in Need)}. */
  String fullName() {
    return label() + " (" + title + ")";
  }

  /** The column of the day the case opened in this list. */
  Field start() {
    return start;
  }

  /** The column of the day the case closed in this list. */
  Field end() {
    return end;
  }

  /** Returns the list a sheet's name gives, such as {@code List_6} or {@code Children in Need}. */
  static Optional<AnnexAList> byName(String sheetName) {
    String key = Headers.key(sheetName);
    Matcher matcher = LIST_NUMBER.matcher(key);
    if (matcher.matches()) {
      int n = Integer.parseInt(matcher.group(1));
      for (AnnexAList list : values()) {
        if (list.number == n) {
          return Optional.of(list);
        }
      }
      return Optional.empty();
    }
    for (AnnexAList list : values()) {
      if (list.names.contains(key.toLowerCase(Locale.ROOT))) {
        return Optional.of(list);
      }
    }
    return Optional.empty();
  }

  /** Returns the list a header row's titles give. */
  static Optional<AnnexAList> byHeaders(HeaderRow header) {
    for (AnnexAList list : values()) {
      if (header.hasAny(list.signature)) {
        return Optional.of(list);
      }
    }
    return Optional.empty();
  }
}
