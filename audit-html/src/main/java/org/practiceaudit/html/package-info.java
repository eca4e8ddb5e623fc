/** Self-contained HTML rendering of audit reports and multi-agency overviews. */
package org.practiceaudit.html;
