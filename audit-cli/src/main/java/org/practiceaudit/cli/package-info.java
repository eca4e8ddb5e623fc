/**
 * The {@code audit} command line: one class per command ({@code SampleCommand}, {@code
 * AllocateCommand}, {@code CheckCommand}, {@code ReportCommand}, ...), the readers of the files a
 * council has (cases, audits, auditors, involvements, Annex A workbooks) and the writers of its
 * outputs. Start with {@code Main} and {@code AuditCommand}. Not an API: nothing here is exported.
 */
package org.practiceaudit.cli;
