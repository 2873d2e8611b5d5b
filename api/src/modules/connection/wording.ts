/**
 * Deprecated: the shared words moved to modules/core (wording.ts, node-ref.ts, relation-sentences.ts,
 * privacy.ts, dates.ts). Kept only until the last importer outside this module has moved.
 */
export * from '../core/wording.js';
export * from '../core/node-ref.js';
export { todayInDenmark } from '../core/dates.js';
export { canSeePersonalData as canSeePeople } from '../core/privacy.js';
