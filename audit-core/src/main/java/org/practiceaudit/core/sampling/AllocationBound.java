package org.practiceaudit.core.sampling;

/** What decided a stratum's target in a sample's allocation. */
public enum AllocationBound {
  /** The stratum's share of the size, by largest remainder. */
  PROPORTIONAL,
  /** Raised to the plan's minimum per stratum (or to all the stratum holds, when that is less). */
  MINIMUM,
  /** Capped at the number of eligible cases the stratum holds. */
  CAPPED,
  /** Given by the plan's explicit count for the stratum. */
  EXPLICIT
}
