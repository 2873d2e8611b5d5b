import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { badInput, notFound } from '../../errors.js';
import { nodeRef, type NodeRef } from '../core/node-ref.js';
import type { ScopeParams } from '../core/gap-finder/rule.js';

export type ScopeKind = 'EVERYTHING' | 'CLUSTER' | 'MUNICIPALITY' | 'GROUP';
export interface ScopeInput {
  kind: ScopeKind;
  id?: string | null;
}

export interface ResolvedScope {
  kind: ScopeKind;
  node: NodeRef | null;
  name: string;
  params: ScopeParams;
}

/** What the scope's node must be, per kind. */
const EXPECTED: Record<
  Exclude<ScopeKind, 'EVERYTHING'>,
  { label: string; kind?: string; thing: 'cluster' | 'municipality' | 'group'; en: string; da: string }
> = {
  CLUSTER: { label: 'Organisation', kind: 'CLUSTER', thing: 'cluster', en: 'a cluster', da: 'en klynge' },
  MUNICIPALITY: { label: 'Organisation', kind: 'MUNICIPALITY', thing: 'municipality', en: 'a municipality', da: 'en kommune' },
  GROUP: { label: 'Group', thing: 'group', en: 'a group', da: 'en gruppe' },
};

interface ScopeRow {
  node: { id: string; label: string; name?: string; kind?: string; sector?: string };
  orgIds: string[];
  groupIds: string[];
}

/** One statement (none for EVERYTHING): NOT_FOUND for an unknown id, BAD_USER_INPUT for the wrong kind. */
export async function resolveScope(tx: QueryRunner, queries: QueryCatalog, input: ScopeInput): Promise<ResolvedScope> {
  if (input.kind === 'EVERYTHING') {
    if (input.id)
      throw badInput({ en: 'A scope of kind EVERYTHING has no id.', da: 'Et område af typen EVERYTHING har intet id.' }, [
        { field: 'scope.id', message: 'must be left out for EVERYTHING', da: 'skal udelades for EVERYTHING' },
      ]);
    return { kind: 'EVERYTHING', node: null, name: 'hele regionen', params: { all: true, orgIds: [], groupIds: [] } };
  }
  const expected = EXPECTED[input.kind];
  if (!input.id)
    throw badInput({ en: `Give the id of ${expected.en}.`, da: `Angiv id på ${expected.da}.` }, [
      { field: 'scope.id', message: `required for ${input.kind}`, da: `skal udfyldes for ${input.kind}` },
    ]);
  const [row] = await tx.run<ScopeRow>(queries.gapsScope, { id: input.id });
  if (!row) throw notFound(expected.thing, input.id);
  const n = row.node;
  if (n.label !== expected.label || (expected.kind && n.kind !== expected.kind)) {
    throw badInput({ en: `"${n.name ?? n.id}" is not ${expected.en}.`, da: `"${n.name ?? n.id}" er ikke ${expected.da}.` }, [
      {
        field: 'scope.id',
        message: `must name ${expected.kind ?? expected.label}, got ${n.kind ?? n.label}`,
        da: `skal være ${expected.kind ?? expected.label}, ikke ${n.kind ?? n.label}`,
      },
    ]);
  }
  const node = nodeRef(n, true);
  const params: ScopeParams =
    input.kind === 'GROUP' ? { all: false, orgIds: [], groupIds: [n.id] } : { all: false, orgIds: row.orgIds, groupIds: row.groupIds };
  return { kind: input.kind, node, name: node.name, params };
}
