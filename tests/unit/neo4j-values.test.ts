import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { Node, Record as DriverRecord, Relationship } from 'neo4j-driver-core';
import { compactCypher } from '../../api/src/db/cypher-text.js';
import { fromDriver, rowFromDriver } from '../../api/src/db/neo4j-values.js';
import { loadQueryCatalog } from '../../api/src/queries.js';

/** The Neo4j adapter's conversions at its border (#17: the fast paths must give the values the general ones gave). */
describe('Neo4j values (no server)', () => {
  it('makes a record a row: columns in order, Integers numbers (strings when unsafe), temporals ISO text, nodes and relationships their properties', () => {
    const node = new Node(neo4j.int(1), ['Entity', 'Person'], { id: 'p1', born: neo4j.int(1970), tags: ['a', neo4j.int(2)] }, 'e1');
    const rel = new Relationship(neo4j.int(2), neo4j.int(1), neo4j.int(3), 'WORKS_IN', { since: new neo4j.types.Date(2024, 1, 31) }, 'e2', 'e1', 'e3');
    const record = new DriverRecord(
      ['b', 'a', 'n', 'r', 'big', 'nested', 'nothing'],
      ['text', true, node, rel, neo4j.int('9007199254740993'), { x: [neo4j.int(5), { y: 1.5, z: null }] }, null],
    );
    const row = rowFromDriver(record);
    expect(Object.keys(row)).toEqual(['b', 'a', 'n', 'r', 'big', 'nested', 'nothing']);
    expect(row).toEqual({
      b: 'text',
      a: true,
      n: { id: 'p1', born: 1970, tags: ['a', 2] },
      r: { since: '2024-01-31' },
      big: '9007199254740993',
      nested: { x: [5, { y: 1.5, z: null }] },
      nothing: null,
    });
    expect(fromDriver(undefined)).toBeNull();
  });

  it('keeps a map key named __proto__ as a key, not as the prototype', () => {
    const row = rowFromDriver(new DriverRecord(['m'], [JSON.parse('{"__proto__": {"polluted": 1}, "k": 2}')]));
    const m = row.m as Record<string, unknown>;
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    expect(Object.keys(m)).toEqual(['__proto__', 'k']);
    expect((m as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe("a statement's text as sent to Neo4j (compactCypher)", () => {
  it('drops comments and spare whitespace, never inside strings or quoted names', () => {
    const text = `// header: what it does
// params: $id
MATCH (n:Entity {id: $id})   // the node
   /* a block */ WHERE n.url = 'http://x//y  z' OR n.note = "a /* b */ \\" // c"
RETURN n.\`odd  // name\` AS v`;
    expect(compactCypher(text)).toBe(`MATCH (n:Entity {id: $id})
WHERE n.url = 'http://x//y  z' OR n.note = "a /* b */ \\" // c"
RETURN n.\`odd  // name\` AS v`);
  });

  it('keeps every string of every catalog statement and leaves no comment line (the catalog half its size)', () => {
    const catalog = loadQueryCatalog() as unknown as Record<string, { text?: string } | Record<string, { text: string }>>;
    const texts = Object.values(catalog).flatMap((q) => (typeof q.text === 'string' ? [q.text] : Object.values(q).map((t) => (t as { text: string }).text)));
    const strings = (t: string) =>
      t
        .split('\n')
        .filter((l) => !/^\s*\/\//.test(l))
        .join('\n')
        .match(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g) ?? [];
    let before = 0;
    let after = 0;
    for (const text of texts) {
      const sent = compactCypher(text);
      expect(strings(sent)).toEqual(strings(text));
      expect(sent.split('\n').some((l) => l.trimStart().startsWith('//'))).toBe(false);
      expect(compactCypher(sent)).toBe(sent);
      before += text.length;
      after += sent.length;
    }
    expect(texts.length).toBeGreaterThan(100);
    expect(after).toBeLessThan(before * 0.6);
  });
});
