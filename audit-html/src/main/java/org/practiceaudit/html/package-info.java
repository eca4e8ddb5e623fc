/**
 * Self-contained HTML rendering of audit reports and multi-agency overviews ({@link HtmlReport}),
 * of a framework told in plain words ({@link HtmlExplanation}) and of its blank, printable audit
 * form ({@link HtmlForm}), all with one look.
 */
package org.practiceaudit.html;
