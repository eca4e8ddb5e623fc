/**
 * The frameworks of the five source documents as configuration documents that double as worked
 * examples: {@link BundledFrameworks#load(String)} by id (camden, dorset, dudley, hillingdon,
 * london-multi-agency).
 */
package org.practiceaudit.json.bundled;
