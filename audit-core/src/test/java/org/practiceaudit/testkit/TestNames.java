package org.practiceaudit.testkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The house rule for test names, checked by every module's {@code ArchitectureTest} over that
 * module's own test classes: {@code method_condition_expectation} ({@code
 * parse_misspelledLabel_throwsWithText}), or for a requirement's regression test its ids first and
 * then the scenario and the expectation, the ids standing for what is tested ({@code
 * D12_complianceByAuditor_eachAuditorsOwnFigureAddingUpToTheWhole}, {@code
 * U3_windowStart_anyOpening_neverBeforeIt}).
 */
public final class TestNames {

  /** What a test method's name must match. */
  public static final Pattern PATTERN =
      Pattern.compile(
          "[a-z][A-Za-z0-9]*_[A-Za-z0-9]+_[A-Za-z0-9]+"
              + "|(?:[CDHLU]\\d+[a-z]?_)+[a-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){1,2}");

  /** Every JUnit test method is named {@code method_condition_expectation}. */
  public static final ArchRule RULE =
      methods()
          .that()
          .areAnnotatedWith(Test.class)
          .or()
          .areAnnotatedWith(ParameterizedTest.class)
          .or()
          .areAnnotatedWith(RepeatedTest.class)
          .or()
          .areAnnotatedWith(TestFactory.class)
          .should()
          .haveNameMatching(PATTERN.pattern())
          .because(
              "tests are named method_condition_expectation, a requirement's regression tests"
                  + " ID_scenario_expectation (STYLE.md, issue 17)");

  private TestNames() {}

  /**
   * Imports the test classes of the module that holds {@code anyTestClass}: those of its output
   * directory only, none of its dependencies.
   *
   * @param anyTestClass a test class of the module
   * @return the module's test classes
   */
  public static JavaClasses testClassesBeside(Class<?> anyTestClass) {
    try {
      return new ClassFileImporter()
          .importPath(
              Path.of(anyTestClass.getProtectionDomain().getCodeSource().getLocation().toURI()));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("no location for " + anyTestClass.getName(), e);
    }
  }
}
