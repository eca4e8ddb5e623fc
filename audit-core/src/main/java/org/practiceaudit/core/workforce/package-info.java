/**
 * The people who work on cases and audit them, pseudonymously: {@link PersonId} for a worker,
 * manager, auditor or moderator, and {@link Role}, an open set of roles (social worker, team
 * manager, head of service, ...) that quotas and independence read.
 */
package org.practiceaudit.core.workforce;
