/**
 * Multi-agency audits of one case: where agencies' grades for an area disagree, a flag for the
 * coordinator ({@link AgencyDisagreementRuleType}).
 */
package org.practiceaudit.rules.multiagency;
