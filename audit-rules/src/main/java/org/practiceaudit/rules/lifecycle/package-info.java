/**
 * An audit's lifecycle (allocated, in progress, completed, moderated, closed): each transition
 * checks the framework's rules and returns the new audit or every unmet requirement. Start with
 * {@link AuditLifecycle}.
 */
package org.practiceaudit.rules.lifecycle;
