import { describe, expect, it } from 'vitest';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { cypherDir } from '../../api/src/paths.js';
import { readCypherDir, splitStatements, type CypherQuery } from '../../api/src/db/query-catalog.js';
import { TEMPLATE_FILES } from '../../api/src/queries.js';
import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../../api/src/domain/vocabulary.js';
import { INTERNAL_LABELS, INTERNAL_RELATIONSHIP_TYPES } from '../../api/src/db/internal-labels.js';

/** Every statement under cypher/, templates expanded for each allow-listed value. */
function statements(): Array<{ name: string; text: string; params: readonly string[] }> {
  const out: Array<{ name: string; text: string; params: readonly string[] }> = [];
  const templates = new Map<string, { placeholder: string; values: readonly string[] }>(Object.values(TEMPLATE_FILES).map((t) => [t.file, t]));
  for (const q of readCypherDir(cypherDir).values()) {
    const template = templates.get(q.name);
    const texts = template ? template.values.map((v) => [`${q.name}[${v}]`, q.text.replaceAll(template.placeholder, v)]) : [[q.name, q.text]];
    for (const [name, text] of texts) {
      const parts = q.name.startsWith('schema/') ? splitStatements(text!) : [text!];
      parts.forEach((part, i) => {
        out.push({ name: parts.length > 1 ? `${name} #${i + 1}` : name!, text: part, params: q.params });
      });
    }
  }
  return out;
}

const dbSchema = (q: Pick<CypherQuery, 'params'>) => ({
  labels: ['Entity', ...NODE_LABELS, ...INTERNAL_LABELS],
  relationshipTypes: [...RELATIONSHIP_TYPE_NAMES, ...INTERNAL_RELATIONSHIP_TYPES],
  parameters: Object.fromEntries(q.params.map((p) => [p, null])),
});

describe("Neo4j's Cypher linter over cypher/", () => {
  const all = statements();

  it('finds the statements', () => {
    expect(all.length).toBeGreaterThan(10);
  });

  it.each(all.map((s) => [s.name, s] as const))('%s has no errors and uses only known labels, types and declared parameters', (_name, s) => {
    const { diagnostics } = lintCypherQuery(s.text, dbSchema(s));
    // Errors, the warnings that catch typos (unknown labels, types or parameters), and
    // deprecations: a statement Neo4j has deprecated will stop running on a later Neo4j.
    const problems = diagnostics
      .map((d) => ({ ...d, message: typeof d.message === 'string' ? d.message : d.message.value }))
      .filter((d) => d.severity === 1 || /label|relationship type|parameter|deprecat/i.test(d.message))
      .map((d) => `${d.message} at ${JSON.stringify(s.text.slice(d.offsets.start, d.offsets.end))}`);
    expect(problems).toEqual([]);
  });

  it('holds each statement to the parameters its header declares', () => {
    for (const s of all) {
      const used = new Set([...s.text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
      expect([...used].sort(), s.name).toEqual([...new Set(s.params)].sort());
    }
  });

  it('fails on a broken statement, so the check can fail', () => {
    const { diagnostics } = lintCypherQuery('MATCH (n:Organisation RETURN n', dbSchema({ params: [] }));
    expect(diagnostics.some((d) => d.severity === 1)).toBe(true);
    const typo = lintCypherQuery('MATCH (n:Organisaton) RETURN n.id AS id', dbSchema({ params: [] }));
    expect(typo.diagnostics.some((d) => /label/i.test(String(d.message)))).toBe(true);
    const deprecated = lintCypherQuery('MATCH (n:Organisation) CALL { WITH n RETURN n.id AS id } RETURN id', dbSchema({ params: [] }));
    expect(deprecated.diagnostics.some((d) => /deprecat/i.test(String(d.message)))).toBe(true);
  });
});
