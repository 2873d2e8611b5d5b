import fs from 'node:fs';
import path from 'node:path';

/** One named statement from cypher/, with the parameters its header declares. */
export interface CypherQuery {
  readonly name: string;
  readonly text: string;
  readonly params: readonly string[];
  readonly file: string;
}

/** Reads every .cypher file below `dir`; names are relative paths without the extension. */
export function readCypherDir(dir: string): Map<string, CypherQuery> {
  const out = new Map<string, CypherQuery>();
  for (const file of listCypherFiles(dir)) {
    const name = path
      .relative(dir, file)
      .replace(/\\/g, '/')
      .replace(/\.cypher$/, '');
    const text = fs.readFileSync(file, 'utf8');
    out.set(name, { name, text: text.trim(), params: headerParams(text), file });
  }
  return out;
}

function listCypherFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.cypher'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * The header names the parameters (`// params: $a, $b` or `// params: none`), so the
 * linter can hold the statement to them and a typo in either shows up in the tests.
 */
export function headerParams(text: string): string[] {
  const line = text.split('\n').find((l) => /^\/\/\s*params:/i.test(l));
  if (!line) return [];
  return [...line.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!);
}

/** Splits a schema file into statements; schema files hold several, separated by `;`. */
export function splitStatements(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Resolves the names the code uses against the files. A missing file throws here, at
 * start-up, so no request can reach an unknown query.
 */
export function bindQueries<K extends string>(files: Map<string, CypherQuery>, names: Record<K, string>): Record<K, CypherQuery> {
  const missing = Object.values<string>(names).filter((n) => !files.has(n));
  if (missing.length) throw new Error(`cypher/: missing query file(s): ${missing.map((n) => `${n}.cypher`).join(', ')}`);
  return Object.fromEntries(Object.entries<string>(names).map(([k, n]) => [k, files.get(n)!])) as Record<K, CypherQuery>;
}

/** One statement per allow-listed value; the value is a label or type name from code. */
export function instantiate<V extends string>(template: CypherQuery, placeholder: string, values: readonly V[]): Record<V, CypherQuery> {
  return Object.fromEntries(values.map((v) => [v, { ...template, name: `${template.name}[${v}]`, text: template.text.replaceAll(placeholder, v) }])) as Record<
    V,
    CypherQuery
  >;
}
