/** The SSDA903 return of children looked after: Header, Episodes and Social worker episodes. */
package org.practiceaudit.imports.ssda903;
