package org.practiceaudit.imports.annexa;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.practiceaudit.imports.AgeBands;
import org.practiceaudit.imports.ImportException;
import org.practiceaudit.imports.table.Field;
import org.practiceaudit.imports.table.HeaderRow;
import org.practiceaudit.imports.table.Headers;

/**
 * The attributes an Annex A import can keep: {@code age-band}, worked out from the date of birth
 * (or the age) and never the date itself; the named columns of Lists 6, 7 and 8 below; or any other
 * column of those lists by its title in kebab-case, such as {@code
 * date-of-latest-review-conference}.
 */
final class Attributes {

  /** The attributes with a short name, and the columns they come from. */
  static final Map<String, Field> NAMED = named();

  private Attributes() {}

  private static Map<String, Field> named() {
    Map<String, Field> named = new LinkedHashMap<>();
    named.put("gender", Field.of("Gender", "Sex"));
    named.put("ethnicity", Field.of("Ethnicity", "Ethnic Origin"));
    named.put("disability", Field.of("Does the Child have a Disability", "Disability", "Disabled"));
    named.put("primary-need", Field.of("Primary Need Code", "Primary Need"));
    named.put("category-of-abuse", Field.of("Latest Category of Abuse", "Category of Abuse"));
    named.put("initial-category-of-abuse", Field.of("Initial Category of Abuse"));
    named.put("seen-alone", Field.of("Was the Child Seen Alone?", "Seen Alone"));
    named.put(
        "last-statutory-visit",
        Field.of("Date of the Last Statutory Visit", "Last Statutory Visit"));
    named.put("legal-status", Field.of("Child's Legal Status", "Legal Status"));
    named.put("category-of-need", Field.of("Child's Category of Need", "Category of Need"));
    named.put("placement-type", Field.of("Placement Type"));
    named.put(
        "last-social-work-visit",
        Field.of("Date of Last Social Work Visit", "Last Social Work Visit"));
    named.put(
        "uasc",
        Field.of(
            "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", "UASC"));
    named.put("last-seen", Field.of("Date Child Was Last Seen", "Last Seen"));
    return Map.copyOf(named);
  }

  /**
   * Checks that an attribute may be kept at all.
   *
   * @throws ImportException for names, dates of birth, addresses and workers, which are never kept
   */
  static void checkAllowed(String attribute) {
    String key = Headers.key(attribute);
    if (key.contains("birth") || key.equals("dob")) {
      throw new ImportException(
          "attribute '"
              + attribute
              + "': a date of birth is never kept; ask for"
              + " "
              + AgeBands.ATTRIBUTE
              + " instead");
    }
    if (key.contains("name")
        || key.contains("postcode")
        || key.contains("address")
        || key.equals("upn")
        || key.contains("worker")) {
      throw new ImportException(
          "attribute '"
              + attribute
              + "': names, addresses, postcodes, UPNs and"
              + " workers are never kept as attributes");
    }
  }

  /** Returns the field of an attribute: a named one, or a column titled as the attribute. */
  static Field field(String attribute) {
    Field named = NAMED.get(attribute);
    return named != null ? named : Field.of(attribute);
  }

  /** Returns where a list holds each attribute asked for (age-band apart). */
  static Map<String, Column> columns(HeaderRow header, List<String> attributes) {
    Map<String, Column> columns = new LinkedHashMap<>();
    for (String attribute : attributes) {
      if (attribute.equals(AgeBands.ATTRIBUTE)) {
        continue;
      }
      OptionalInt column = header.column(field(attribute));
      if (column.isPresent()) {
        int c = column.getAsInt();
        columns.put(
            attribute,
            new Column(c, header.title(c), Headers.key(header.title(c)).contains("date")));
      }
    }
    return columns;
  }

  /** Describes the attributes that can be asked for, for a message. */
  static String expected() {
    List<String> names = new ArrayList<>();
    names.add(AgeBands.ATTRIBUTE);
    names.addAll(new java.util.TreeSet<>(NAMED.keySet()));
    return String.join(", ", names) + ", or any column title of List 6, 7 or 8 in kebab-case";
  }

  /** Where a list holds an attribute, and whether its values are dates. */
  static final class Column {
    final int index;
    final String title;
    final boolean date;

    Column(int index, String title, boolean date) {
      this.index = index;
      this.title = title;
      this.date = date;
    }
  }
}
