/**
 * The JSON forms of audit-core's values and results: the Jackson module ({@link AuditModule}), the
 * attribute binding and mix-ins for Immutables records, and the hand-written codecs, for values,
 * interchange results (samples, allocations, reports, deadlines) and report aggregate snapshots.
 * Users reach it through {@code AuditJson.mapper()} and {@code AuditJson.module()}.
 */
package org.practiceaudit.json.binding;
