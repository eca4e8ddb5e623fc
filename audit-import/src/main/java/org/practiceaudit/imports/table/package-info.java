/**
 * Internal: sheets of workbooks and CSV files, header rows, tolerant title matching and cell
 * values, with errors that name the place and never the content. Not exported.
 */
package org.practiceaudit.imports.table;
