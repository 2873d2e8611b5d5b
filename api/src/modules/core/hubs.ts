/**
 * Organisations that are no "hand" between two actors, shared by the questions that walk the
 * graph (connection, interfaces): everything hangs off the region and the clusters, and an
 * umbrella of members (PLO) is not one employer.
 */

/** Organisation kinds everything hangs off: never walked through. */
export const HUB_KINDS = ['REGION', 'CLUSTER'];
/** Organisations of members that are not one employer: never walked from one member to another. */
export const UMBRELLA_KINDS = ['GP_ORGANISATION'];
