/**
 * The JSON forms of audit-core's values and results: the Jackson module ({@link AuditModule}) and
 * the codecs behind it, for values, interchange results (samples, allocations, reports, deadlines)
 * and report aggregate snapshots. Users reach it through {@code AuditJson.mapper()} and {@code
 * AuditJson.module()}.
 */
package org.practiceaudit.json.binding;
