/**
 * A framework together with its configured rules: {@link LocalFramework}, what a council's
 * configuration document or a preset produces; the framework told in plain words ({@link
 * FrameworkWords}, the one home of those words, for {@code explain} and {@code form}); and what
 * changed between two versions ({@link FrameworkDiff}, for {@code diff}).
 */
package org.practiceaudit.rules.framework;
