import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, loadConfig } from '../../api/src/config.js';
import { repoRoot } from '../../api/src/paths.js';

/**
 * docker-compose.yml against what the server really reads: a misspelt variable would be
 * ignored silently (the app would start on its defaults), and the official Neo4j image refuses
 * NEO4J_AUTH for any user but neo4j.
 */
type Service = { environment?: Record<string, string | number | boolean | null> | string[] };
const compose = parse(fs.readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8')) as { services: Record<string, Service> };

/** The environment as a map, whichever of the two forms compose allows is used. */
function environment(name: string): Record<string, string> {
  const env = compose.services[name]?.environment;
  if (!env) throw new Error(`service ${name} has no environment`);
  if (Array.isArray(env)) return Object.fromEntries(env.map((line) => [line.split('=')[0]!, line.slice(line.indexOf('=') + 1)]));
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, String(v ?? '')]));
}

/** What compose makes of `${NAME:-default}` when NAME is not set. */
const withDefaults = (value: string) => value.replace(/\$\{(\w+):?-([^}]*)\}/g, (_m, _name, fallback: string) => fallback);

describe('docker-compose.yml', () => {
  const app = environment('app');
  const neo4j = environment('neo4j');

  it('gives the app only variables api/src/config.ts validates', () => {
    expect(Object.keys(app).length).toBeGreaterThan(0);
    const unknown = Object.keys(app).filter((name) => !CONFIG_VARIABLES.includes(name));
    expect(unknown).toEqual([]);
  });

  it('sets NEO4J_AUTH for the user neo4j, and the app signs in as neo4j with the same password', () => {
    const auth = neo4j.NEO4J_AUTH!;
    const slash = auth.indexOf('/');
    expect(auth.slice(0, slash)).toBe('neo4j');
    expect(app.NEO4J_USERNAME).toBe('neo4j');
    expect(app.NEO4J_PASSWORD).toBe(auth.slice(slash + 1));
    // The official image refuses passwords under 8 characters.
    expect(withDefaults(auth.slice(slash + 1)).length).toBeGreaterThanOrEqual(8);
  });

  it('starts the app on the neo4j service with its defaults', () => {
    const config = loadConfig(Object.fromEntries(Object.entries(app).map(([k, v]) => [k, withDefaults(v)])));
    expect(config.engine).toEqual({ kind: 'neo4j', uri: 'bolt://neo4j:7687', username: 'neo4j', password: 'haenderne-dev-password', database: 'neo4j' });
    expect(config.production).toBe(true);
  });
});
