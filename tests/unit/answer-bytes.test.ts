import { describe, expect, it } from 'vitest';
import { answerJson } from '../../api/src/answer-bytes.js';

/**
 * answer-bytes.ts writes a large answer's JSON in pieces into a Buffer: the bytes must be
 * JSON.stringify's, whatever the answer holds; a small answer stays JSON.stringify's text.
 */
const bytes = (x: string | Buffer) => (typeof x === 'string' ? Buffer.from(x) : x);

describe('answerJson', () => {
  it("keeps a small answer as JSON.stringify's text", () => {
    const small = { data: { findContact: { contacts: [{ rank: 1, person: { id: 'person:1', displayName: 'Åse Ørsted' } }] } } };
    expect(answerJson(small)).toBe(JSON.stringify(small));
  });

  it("gives a large answer as a Buffer of exactly JSON.stringify's UTF-8", () => {
    const node = (i: number) => ({
      id: `org:${i}`,
      label: 'Organisation',
      name: `Enhed ${i} – Børne- og ungepsykiatri ✓ 😀 "citat" \\ \n`,
      lone: i === 7 ? '\ud800' : null,
      kind: undefined,
      when: new Date(Date.UTC(2026, 0, 1 + (i % 28))),
      nested: { list: [1, undefined, () => 1, Symbol('s'), Number.NaN, -0, 1e21] },
    });
    const answer = {
      data: Object.assign(Object.create(null), {
        graph: {
          nodes: Array.from({ length: 900 }, (_, i) => node(i)),
          edges: Array.from({ length: 900 }, (_, i) => ({ id: `e${i}`, source: `org:${i}`, target: `org:${i + 1}`, level: i % 3 === 0 ? undefined : 'HIGH' })),
          holes: Object.assign(new Array(3), { 0: 1, 2: 3 }),
          totalNodes: 900,
          skipped: undefined,
          fn: () => 1,
          boxed: new String('ab'),
          map: new Map([['a', 1]]),
          withToJson: { toJSON: (key: string) => `key ${key}` },
        },
      }),
      errors: [{ message: 'x', toJSON: () => ({ message: 'as json' }) }],
      extensions: { roundTrips: 3 },
      stringify: answerJson,
    };
    const got = answerJson(answer);
    expect(Buffer.isBuffer(got)).toBe(true);
    expect(bytes(got).equals(Buffer.from(JSON.stringify(answer)))).toBe(true);
    expect(bytes(got).length).toBeGreaterThan(96_000);
  });

  it('writes an answer whose only large part lies deep, or is one long text, as JSON.stringify does', () => {
    const deep = { data: { a: { b: { c: { d: Array.from({ length: 3000 }, (_, i) => ({ i, t: 'ø'.repeat(20) })) } } } } };
    const long = { data: { text: 'æ'.repeat(200_000) }, list: Array.from({ length: 2000 }, (_, i) => i) };
    for (const answer of [deep, long]) expect(bytes(answerJson(answer)).equals(Buffer.from(JSON.stringify(answer)))).toBe(true);
  });
});
