/** Ofsted's Annex A child-level lists (ILACS): Lists 6, 7 and 8 into case files. */
package org.practiceaudit.imports.annexa;
