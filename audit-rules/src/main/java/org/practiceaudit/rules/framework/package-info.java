/**
 * A framework together with its configured rules: {@link LocalFramework}, what a council's
 * configuration document or a preset produces.
 */
package org.practiceaudit.rules.framework;
