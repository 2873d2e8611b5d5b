import { describe, expect, it } from 'vitest';
import { cypherDir } from '../../api/src/paths.js';
import { readCypherDir } from '../../api/src/db/query-catalog.js';
import { NODE_LABELS } from '../../api/src/domain/vocabulary.js';

/*
 * The embedded engine builds a column per property key over the whole store the first time a
 * statement reads that key, and keeps it for the process's life; a whole node or relationship
 * builds every key's column at once (docs/DESIGN.md, 'Memory of the API process': on a fresh
 * national store n {.*} or labels(n) +86 MB, startNode(r) +74, type(r) in a WHERE or a pattern
 * comprehension +28-34). The statements below answer benchmarked questions (connection,
 * interfaces, findContact, search), so they name the keys they read. person/by-ids and
 * interfaces/people and /groups still read whole values: naming their keys cost 10-37 % more
 * CPU per request (docs/DESIGN.md).
 */
const NAMED_KEYS_ONLY: Record<string, string[]> = {
  // type(r) in their WHERE still reads the whole relationship (+28-34 MB): a pattern per type
  // avoided it but took Neo4j's linter 9-30 s (the statements say more).
  'connection/start': ['type(r)'],
  'connection/neighbours': ['type(r)'],
  'connection/endpoints': [],
  'interfaces/channels': [],
  'contact/candidates': [],
  'search/search-public': [],
};

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
  it.each(Object.keys(NAMED_KEYS_ONLY))('%s reads no whole node or relationship', (name) => {
    expect(wholeReads(body(name)).filter((read) => !NAMED_KEYS_ONLY[name]!.includes(read))).toEqual([]);
  });

  it('catches a whole read, so the check can fail', () => {
    expect(wholeReads('MATCH (n) RETURN n {.*} AS n')).toEqual(['{.*']);
    expect(wholeReads('MATCH (n)-[r]-() WHERE type(r) IN $t RETURN startNode(r) = n AS out, labels(n) AS l')).toEqual(['startNode(', 'labels(', 'type(r)']);
    expect(wholeReads('MATCH (n)-[r]-() RETURN r.id AS id, type(r) AS type')).toEqual([]);
  });

  // The label is told label by label (labels(n) reads the whole node): every one of the domain's.
  it.each(['connection/start', 'connection/endpoints', 'connection/details'])('%s tells every label', (name) => {
    const text = body(name);
    for (const l of NODE_LABELS) expect(text, l).toContain(`WHEN n:${l} THEN '${l}'`);
  });
});
