/**
 * GOV.UK's published bank holidays ({@code bank-holidays.json}) as a working calendar, for councils
 * that prefer the published list to the rule-generated one: {@link GovUkBankHolidays}.
 */
package org.practiceaudit.json.holidays;
