/**
 * The five source documents' frameworks as ready-made {@link
 * org.practiceaudit.rules.framework.LocalFramework}s, each rule citing the seed line and
 * requirement id it implements: start with {@link Presets}.
 */
package org.practiceaudit.rules.preset;
