/**
 * Practice Audit in JSON: the one entry point {@link AuditJson} (a hardened Jackson 3 mapper
 * binding every public value type), and the problems a configuration document can have ({@link
 * ConfigurationException}, each {@link Problem} with its location).
 *
 * <p>To load a framework, start with {@code org.practiceaudit.json.configuration.FrameworkLoader}
 * or the bundled ones in {@code org.practiceaudit.json.bundled.BundledFrameworks}.
 */
package org.practiceaudit.json;
