/**
 * Agreement between auditors and moderators (kappas, Krippendorff's alpha), proportions with Wilson
 * intervals, and honest notes on month-on-month changes. Results that cannot be computed say why.
 */
package org.practiceaudit.core.agreement;
