import type { GraphDb, QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { badInput, notFound } from '../../errors.js';
import { findOnlyBridges } from '../core/gap-finder/bridges.js';
import { everyonesTies } from '../core/gap-finder/bridge-ties.js';
import { runner } from '../core/gap-finder/rule.js';
import { checkDay } from '../core/dates.js';
import { nodeRef, type NodeRef } from '../core/node-ref.js';
import { ConnectionSearch } from '../core/connection-finder/connection-search.js';
import { readNeighbours, readNodes, searchNode } from '../core/connection-finder/connection-reader.js';
import { MAX_HOPS } from '../core/connection-finder/connection-answer.js';
import {
  bridgesWithout,
  contactsLeftEmpty,
  groupsLosing,
  nearestFirst,
  pairsToTest,
  waysInLeftEmpty,
  type GroupRow,
  type OrgRow,
  type Removed,
} from './what-if-rules.js';
import { describeWhatIf, type WhatIfAnswer } from './what-if-answer.js';
import { WHAT_IF_WORDS_DA } from './what-if-words.js';
import { WHAT_IF_WORDS_EN } from './what-if-words-en.js';
import type { Language } from '../core/language.js';

/**
 * whatIf(subjectId): what would break without a person, an organisation or a channel — asked of
 * the graph as it is, in one read transaction, writing nothing and copying nothing.
 *
 * "Without it" means: for a person, their ties; for an organisation, it and the organisations
 * below it, the channels they provide and the people who work nowhere else; for a channel, the
 * channel. Then: fixed contacts and established channels left empty (statements of this
 * module), groups that lose a required perspective or their chair, hands that lose their only
 * bridge to a sector or come to hang on one person (the gap rule's own statements and
 * findOnlyBridges, run with the removed people and ties left out), and the connections between
 * the organisations around it that get longer or vanish (the connection search itself, its
 * reads with the removed nodes left out). No gap rule statement is changed or copied.
 */

const SUBJECT_LABELS = ['Person', 'Organisation', 'Channel'];

interface SubjectRow {
  node: { id: string; label: string; name?: string; title?: string; kind?: string; sector?: string };
  orgIds: string[];
  channelIds: string[];
}

export async function whatIf(
  db: GraphDb,
  queries: QueryCatalog,
  subjectId: string,
  asOfIn: string,
  showNames: boolean,
  lang: Language = 'DA',
): Promise<WhatIfAnswer> {
  const day = checkDay(asOfIn, 'asOf');
  const words = lang === 'EN' ? WHAT_IF_WORDS_EN : WHAT_IF_WORDS_DA;
  return db.read(async (tx) => {
    const [subject] = await tx.run<SubjectRow>(queries.whatIfSubject, { id: subjectId });
    if (!subject) throw notFound('node', subjectId);
    if (!SUBJECT_LABELS.includes(subject.node.label)) {
      throw badInput({ en: 'Choose a person, an organisation or a channel.', da: 'Vælg en person, en organisation eller en kanal.' }, [
        {
          field: 'subjectId',
          message: `must name a person, an organisation or a channel, not a ${subject.node.label}`,
          da: 'skal være en person, en organisation eller en kanal',
        },
      ]);
    }
    const removed = await whatGoes(tx, queries, subject, day);
    const ref = (n: { id: string; label?: string; name?: unknown; title?: unknown; kind?: unknown; sector?: unknown }) => nodeRef(n, showNames, words.lang);

    const contacts = contactsLeftEmpty(await tx.run(queries.whatIfFixedContacts, { personIds: [...removed.people], day }), removed);
    const waysIn = waysInLeftEmpty(await tx.run(queries.whatIfServedChannels, { channelIds: [...removed.channels], day }), removed);
    const groups = groupsLosing(await tx.run<GroupRow>(queries.whatIfGroups, { personIds: [...removed.people], orgIds: [...removed.orgs], day }), removed);

    // The only-bridge rule's own statements and definition, before and without: everyone's ties
    // and every organisation, read at once (the rule's rows made by bridge-ties.ts).
    const run = runner(tx, queries);
    const { people, orgs } = await everyonesTies(run, day);
    const bridges = bridgesWithout(findOnlyBridges, orgs, people, removed);

    const around = nearestFirst(
      await tx.run<{ near: OrgRow | null; far: OrgRow | null }>(queries.whatIfNeighbourOrganisations, { id: subjectId, day }),
      subjectId,
    );
    const paths = [];
    for (const [a, b] of pairsToTest(around, removed)) {
      const before = await distance(tx, queries, a.id, b.id, day, new Set());
      if (before === null) continue;
      const after = await distance(tx, queries, a.id, b.id, day, removed.all);
      if (after !== before) paths.push({ from: a, to: b, before, after });
    }

    return describeWhatIf({ subject: ref(subject.node), day, removed, contacts, waysIn, groups, bridges, paths, ref, showNames, words });
  });
}

/** What goes with the subject (see the top of the file). */
async function whatGoes(tx: QueryRunner, queries: QueryCatalog, subject: SubjectRow, day: string): Promise<Removed> {
  const orgs = new Set(subject.orgIds);
  const channels = new Set(subject.channelIds);
  const people = new Set<string>();
  if (subject.node.label === 'Person') people.add(subject.node.id);
  if (orgs.size) {
    const staff = await tx.run<{ personId: string; workplaces: string[] }>(queries.whatIfWorkplaces, { orgIds: [...orgs], day });
    for (const s of staff) if (s.workplaces.every((w) => orgs.has(w))) people.add(s.personId);
  }
  return { subjectId: subject.node.id, people, orgs, channels, all: new Set([subject.node.id, ...people, ...orgs, ...channels]) };
}

/**
 * The length of the shortest connection between two nodes (null: none within MAX_HOPS), by the
 * connection search itself, its reads with `without` left out: those nodes are never reached.
 */
async function distance(
  tx: QueryRunner,
  queries: QueryCatalog,
  fromId: string,
  toId: string,
  day: string,
  without: ReadonlySet<string>,
): Promise<number | null> {
  const ends = await readNodes(tx, queries, [fromId, toId]);
  const s = ends.get(fromId);
  const t = ends.get(toId);
  if (!s || !t) return null;
  const search = new ConnectionSearch(searchNode(s), searchNode(t), { maxHops: MAX_HOPS, alternatives: 0, day });
  for (let request = search.next(); request; request = search.next()) {
    const rows = await readNeighbours(tx, queries, request, [], day);
    search.absorb(request.side, without.size ? rows.filter((r) => !without.has(r.node.id)) : rows);
  }
  const outcome = search.outcome();
  return outcome.found ? outcome.shortest : null;
}

export type { NodeRef };
