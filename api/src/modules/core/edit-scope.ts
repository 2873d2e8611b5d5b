import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import type { Viewer } from '../../auth/viewer.js';
import { coded } from '../../errors.js';
import type { RelationshipType } from '../../domain/vocabulary.js';

/**
 * An editor limited to a cluster or organisation may change what lies within it: the node
 * itself, organisations below it, and people, groups and channels attached to those. A node
 * with no relationships yet (just created) is anyone's to finish. For a relationship, one
 * endpoint inside the scope is enough: that is how a scoped editor connects their part of the
 * map to the rest.
 */
export async function assertInScope(tx: QueryRunner, q: QueryCatalog, viewer: Viewer, ids: string[], mode: 'all' | 'any', orphan = false): Promise<void> {
  if (viewer.role === 'ADMIN' || viewer.scopeId === null || orphan) return;
  const rows = await tx.run<{ id: string }>(q.scopeMembers, { scopeId: viewer.scopeId, ids });
  const inside = new Set(rows.map((r) => r.id));
  const ok = mode === 'all' ? ids.every((id) => inside.has(id)) : ids.some((id) => inside.has(id));
  if (!ok) {
    throw coded(
      'FORBIDDEN',
      { en: `Outside your editing scope (${viewer.scopeId}).`, da: `Uden for dit redigeringsområde (${viewer.scopeId}).` },
      { scopeId: viewer.scopeId, ids },
    );
  }
}

/**
 * The end a link brings into the scope of whoever holds its other end, as edit/scope-members
 * walks them: an organisation placed under another (PART_OF, IN_CLUSTER), a person working in
 * one or a group anchored there (WORKS_IN, ANCHORED_IN), a channel an organisation provides.
 */
const GRANTED_END: Partial<Record<RelationshipType, 'from' | 'to'>> = {
  PART_OF: 'from',
  IN_CLUSTER: 'from',
  WORKS_IN: 'from',
  ANCHORED_IN: 'from',
  PROVIDES: 'to',
};

/**
 * A scoped editor may not bring into their scope, by a link, what lay outside it: an outside
 * probe had an editor of one cluster place another cluster's municipality in theirs
 * (IN_CLUSTER: one end in scope was enough) and could then rename or delete it, its units and
 * their people. The end the link would bring in must be in scope already, or new (no
 * relationships yet, as assertInScope allows); the editor of its side or an administrator
 * links it otherwise.
 */
export async function assertGrantsNoScope(tx: QueryRunner, q: QueryCatalog, viewer: Viewer, type: RelationshipType, from: string, to: string): Promise<void> {
  const end = GRANTED_END[type];
  if (!end || viewer.role === 'ADMIN' || viewer.scopeId === null) return;
  const id = end === 'from' ? from : to;
  const [row] = await tx.run<{ linked: boolean; name: string | null }>(q.nodeLinked, { id });
  if (!row?.linked) return;
  const inside = await tx.run<{ id: string }>(q.scopeMembers, { scopeId: viewer.scopeId, ids: [id] });
  if (inside.length > 0) return;
  throw coded(
    'FORBIDDEN',
    {
      en: `The link would bring "${row.name ?? id}" into your editing scope; an editor of its own part of the map or an administrator can make it.`,
      da: `Forbindelsen ville føje "${row.name ?? id}" til dit redigeringsområde; en redaktør for dens egen del af kortet eller en administrator kan lave den.`,
    },
    { scopeId: viewer.scopeId, ids: [id] },
  );
}

/**
 * A scoped editor may not take out of their scope, by removing a link, what the link kept in it:
 * an outside probe had a cluster's editor unlink its municipalities' IN_CLUSTER links one by one
 * (the loss assertNotScopeRoot prevents for a delete), which they could not link back, and a
 * node left with no links became anyone's to edit. Checked after the link is gone, in the same
 * transaction: the end the link granted must still be in scope if it was before (it may hang
 * from another link too: a unit moved to another parent in scope, linked there first). Handing
 * something over to another part of the map is for that part's editor or an administrator.
 * Only the links that give the map its shape (PART_OF, IN_CLUSTER: the organisation below is the
 * `from` end) are held so: a person leaving a unit (WORKS_IN), a group or channel moved, is the
 * editor's daily work. Returns the check to run once the link is removed.
 */
const STRUCTURE: ReadonlySet<string> = new Set(['PART_OF', 'IN_CLUSTER']);

export async function keepsScope(
  tx: QueryRunner,
  q: QueryCatalog,
  viewer: Viewer,
  link: { type: string; from: string; to: string },
): Promise<() => Promise<void>> {
  if (!STRUCTURE.has(link.type) || viewer.role === 'ADMIN' || viewer.scopeId === null) return async () => {};
  const id = link.from;
  const inside = async () => (await tx.run<{ id: string }>(q.scopeMembers, { scopeId: viewer.scopeId, ids: [id] })).length > 0;
  if (!(await inside())) return async () => {};
  return async () => {
    if (await inside()) return;
    throw coded(
      'FORBIDDEN',
      {
        en: `Removing the link would take ${id} out of your editing scope; an administrator or the editor of where it goes can do it.`,
        da: `Hvis forbindelsen fjernes, falder ${id} uden for dit redigeringsområde; en administrator eller redaktøren for dér, hvor den skal hen, kan gøre det.`,
      },
      { scopeId: viewer.scopeId, ids: [id] },
    );
  };
}

/**
 * The node an editor's scope hangs from is not theirs to delete: it would take with it every
 * link that makes up their part of the map (a cluster's municipalities, their units and people)
 * and leave an account scoped to nothing. An outside probe (session 16) did it as the cluster's
 * editor; renaming or linking it stays theirs.
 */
export function assertNotScopeRoot(viewer: Viewer, id: string): void {
  if (viewer.role === 'ADMIN' || viewer.scopeId !== id) return;
  throw coded(
    'FORBIDDEN',
    {
      en: `${id} is where your editing scope begins; only an administrator can delete it.`,
      da: `${id} er der, hvor dit redigeringsområde begynder; kun en administrator kan slette det.`,
    },
    { scopeId: viewer.scopeId, ids: [id] },
  );
}
