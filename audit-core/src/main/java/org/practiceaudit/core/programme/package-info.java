/**
 * A year's audit programme: which audits of which type (and theme) are planned in which months, and
 * planned against done.
 *
 * <p>Start with {@link AuditProgramme}, a list of {@link ProgrammeEntry}s; its progress is {@link
 * ProgrammeProgress}, one {@link EntryProgress} per entry, derived by {@link ProgrammeProgress#of}
 * from {@link ProgrammeCount}s of completed audits by month, audit type and theme.
 */
package org.practiceaudit.core.programme;
