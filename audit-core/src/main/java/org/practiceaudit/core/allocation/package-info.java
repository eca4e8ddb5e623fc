/**
 * Who audits which case: allocating sampled cases to auditors who are independent of them, and
 * completed audits to moderators, exactly (a minimum-cost maximum flow), with every case that got
 * nobody explained.
 *
 * <p>Start with {@link Allocator}; its results are {@link Allocation} and {@link
 * ModeratorAllocation}. Independence is a service provider interface, {@link IndependenceRule},
 * with the built-in rules (not the case's own team, not anyone involved in the case) in {@link
 * IndependenceRules}. Capacity and experience come from {@link Auditor}; the preference among valid
 * pairings from {@link PairingCost}.
 */
package org.practiceaudit.core.allocation;
