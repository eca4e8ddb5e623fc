/**
 * Pseudonymous ids: the one form every id in the library takes, and the keyed pseudonyms that
 * replace the names read from councils' files.
 *
 * <pre>{@code
 * KeyedPseudonyms pseudonyms = KeyedPseudonyms.of(keyBytes);   // the council's key, kept in a file
 * PersonId worker = PersonId.of(pseudonyms.pseudonym("sw", "Jane Smith"));   // sw-3f0a...
 * }</pre>
 */
package org.practiceaudit.core.pseudonym;
