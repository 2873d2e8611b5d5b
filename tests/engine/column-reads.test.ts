import { describe, expect, it } from 'vitest';
import { cypherDir } from '../../api/src/paths.js';
import { readCypherDir } from '../../api/src/db/query-catalog.js';
import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../../api/src/domain/vocabulary.js';

/*
 * The embedded engine builds a column per property key over the whole store the first time a
 * statement reads that key, and keeps it for the process's life; a whole node or relationship
 * builds every key's column at once (docs/DESIGN.md, 'Memory of the API process': on a fresh
 * national store n {.*} or labels(n) +86 MB, startNode(r) +74, type(r) in a WHERE or a pattern
 * comprehension +28-34). The statements below answer the benchmarked questions (people,
 * connection, interfaces, findContact, search), so they name the keys they read.
 */
const NAMED_KEYS_ONLY = [
  'person/by-ids',
  'person/list-by-buckets-with-links',
  'connection/start',
  'connection/neighbours',
  'connection/endpoints',
  'interfaces/channels',
  'interfaces/people',
  'interfaces/groups',
  'contact/candidates',
  'search/search-public',
];

const statements = readCypherDir(cypherDir);
const body = (name: string) => {
  const q = statements.get(name);
  if (!q) throw new Error(`no statement ${name}`);
  return q.text
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('//'))
    .join('\n');
};

/** What in a statement reads a whole node or relationship on the embedded engine. */
function wholeReads(text: string): string[] {
  const found = [...text.matchAll(/\{\s*\.\*|\b(properties|labels|startNode|endNode|keys)\s*\(/g)].map((m) => m[0]);
  // type(r) is cheap only as a column of the last RETURN (`type(r) AS tie`); anywhere else
  // (a WHERE, a WITH, a comprehension) it reads the whole relationship.
  const lastReturn = text.lastIndexOf('RETURN');
  for (const m of text.matchAll(/\btype\s*\(\s*\w+\s*\)/g)) {
    const plainColumn = m.index! > lastReturn && /^\s+AS\s/.test(text.slice(m.index! + m[0].length));
    if (!plainColumn) found.push(m[0]);
  }
  return found;
}

describe('statements of the benchmarked questions read only the keys they name', () => {
  it.each(NAMED_KEYS_ONLY)('%s reads no whole node or relationship', (name) => {
    expect(wholeReads(body(name))).toEqual([]);
  });

  it('catches a whole read, so the check can fail', () => {
    expect(wholeReads('MATCH (n) RETURN n {.*} AS n')).toEqual(['{.*']);
    expect(wholeReads('MATCH (n)-[r]-() WHERE type(r) IN $t RETURN startNode(r) = n AS out, labels(n) AS l')).toEqual(['startNode(', 'labels(', 'type(r)']);
    expect(wholeReads('MATCH (n)-[r]-() RETURN r.id AS id, type(r) AS type')).toEqual([]);
  });

  // connection/start and connection/neighbours read a tie's type from a directed pattern per
  // relationship type and an end's label label by label: every one of the domain's must be there.
  it.each(['connection/start', 'connection/neighbours'])('%s reads every relationship type both ways', (name) => {
    const text = body(name);
    for (const t of RELATIONSHIP_TYPE_NAMES) {
      expect(text, t).toContain(`-[r:${t}]->(b:Entity) WHERE`);
      expect(text, t).toContain(`<-[r:${t}]-(b:Entity) WHERE`);
      expect(text.split(`'${t}'`).length - 1, t).toBeGreaterThanOrEqual(4);
    }
  });

  it.each(['connection/start', 'connection/endpoints', 'connection/details'])('%s tells every label', (name) => {
    const text = body(name);
    for (const l of NODE_LABELS) expect(text, l).toContain(`WHEN n:${l} THEN '${l}'`);
  });
});
