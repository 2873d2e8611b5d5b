import type { Core, Position } from 'cytoscape';

/**
 * Positions per element set: a view that was laid out once (this session) is drawn again from
 * its stored positions instead of running fcose again — toggling a filter back, back/forward,
 * a reload. Kept in memory and in sessionStorage (a few entries; the oldest go first).
 */
const PREFIX = 'haenderne:layout:';
const MAX_ENTRIES = 12;
const memory = new Map<string, Record<string, [number, number]>>();

/** A short key for a (possibly long) structure string: FNV-1a, 2 × 32 bit, plus the length. */
export function layoutKey(structure: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < structure.length; i++) {
    const c = structure.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822519);
  }
  return `${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}-${structure.length.toString(36)}`;
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function read(key: string): Record<string, [number, number]> | null {
  const hit = memory.get(key);
  if (hit) return hit;
  const text = storage()?.getItem(PREFIX + key);
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as { positions: Record<string, [number, number]> };
    memory.set(key, parsed.positions);
    return parsed.positions;
  } catch {
    return null;
  }
}

function write(key: string, positions: Record<string, [number, number]>): void {
  memory.set(key, positions);
  if (memory.size > MAX_ENTRIES) memory.delete(memory.keys().next().value!);
  const store = storage();
  if (!store) return;
  const entry = JSON.stringify({ at: Date.now(), positions });
  try {
    store.setItem(PREFIX + key, entry);
  } catch {
    // Full: drop the older layouts and try once more; a cache miss only costs a layout run.
    evict(store, 0);
    try {
      store.setItem(PREFIX + key, entry);
    } catch {
      /* give up quietly */
    }
  }
  evict(store, MAX_ENTRIES);
}

function evict(store: Storage, keep: number): void {
  const entries: Array<{ name: string; at: number }> = [];
  for (let i = 0; i < store.length; i++) {
    const name = store.key(i);
    if (!name?.startsWith(PREFIX)) continue;
    const at = Number(/"at":(\d+)/.exec(store.getItem(name) ?? '')?.[1] ?? 0);
    entries.push({ name, at });
  }
  entries.sort((a, b) => b.at - a.at);
  for (const e of entries.slice(keep)) store.removeItem(e.name);
}

/** Stores the laid-out positions of the non-context leaf nodes under `key`. */
export function saveLayout(cy: Core, key: string): void {
  const positions: Record<string, [number, number]> = {};
  cy.nodes().forEach((n) => {
    if (n.isParent() || n.data('context')) return;
    const p = n.position();
    positions[n.id()] = [Math.round(p.x * 10) / 10, Math.round(p.y * 10) / 10];
  });
  write(key, positions);
}

/**
 * Puts every non-context leaf node where `key` says; false (and nothing moved) when there is no
 * entry or it misses a node. Frames follow their children by themselves.
 */
export function restoreLayout(cy: Core, key: string): boolean {
  const positions = read(key);
  if (!positions) return false;
  const leaves = cy.nodes().filter((n) => !n.isParent() && !n.data('context'));
  const wanted = new Map<string, Position>();
  for (const n of leaves) {
    const p = positions[n.id()];
    if (!p) return false;
    wanted.set(n.id(), { x: p[0], y: p[1] });
  }
  cy.batch(() => {
    for (const n of leaves) {
      n.position(wanted.get(n.id())!);
      n.scratch('_haenderne_placed', true);
    }
  });
  return true;
}
