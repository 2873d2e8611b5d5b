import type { Core } from 'cytoscape';

declare global {
  interface Window {
    /** Test hook: the map's Cytoscape instance while it exists (set on create, deleted on destroy). */
    __haenderne?: { cy: Core };
  }
}
