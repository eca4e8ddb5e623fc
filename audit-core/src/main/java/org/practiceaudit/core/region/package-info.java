/**
 * Regional reports: the figures of each part (a council, a team) beside the whole they merge into, with
 * small counts suppressed for publication.
 */
package org.practiceaudit.core.region;
