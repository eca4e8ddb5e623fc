/**
 * The house style of generated value types: {@link AuditValueStyle}, the Immutables style every
 * composite value of Practice Audit uses. Not an API for users.
 */
package org.practiceaudit.core.style;
