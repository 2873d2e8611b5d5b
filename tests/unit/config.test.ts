import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../api/src/config.js';
import { repoRoot } from '../../api/src/paths.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-config-'));

describe('configuration', () => {
  it('defaults to the embedded engine on port 4000', () => {
    const dir = tmp();
    const c = loadConfig({ GRAPH_DATA_DIR: dir });
    expect(c.port).toBe(4000);
    expect(c.engine).toEqual({ kind: 'embedded', dataDir: dir });
  });

  it('selects Neo4j when NEO4J_URI is set', () => {
    const c = loadConfig({ NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: 'secret-password' });
    expect(c.engine).toMatchObject({ kind: 'neo4j', uri: 'bolt://localhost:7687', username: 'neo4j', database: 'neo4j' });
  });

  it('serves repeated anonymous answers from memory by default only with the embedded engine (the one writer)', () => {
    const dir = tmp();
    expect(loadConfig({ GRAPH_DATA_DIR: dir }).responseCache).toEqual({ maxBytes: 16 * 1024 * 1024, ttlSeconds: 300, metadata: true });
    expect(loadConfig({ GRAPH_DATA_DIR: dir, RESPONSE_CACHE: 'false' }).responseCache).toBeNull();
    expect(loadConfig({ GRAPH_DATA_DIR: dir, RESPONSE_CACHE_MB: '8' }).responseCache?.maxBytes).toBe(8 * 1024 * 1024);
    const neo4j = { NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: 'secret-password' };
    expect(loadConfig(neo4j).responseCache).toBeNull();
    expect(loadConfig({ ...neo4j, RESPONSE_CACHE: 'true' }).responseCache).not.toBeNull();
  });

  it("tells the cache's bookkeeping in answers only in development, unless RESPONSE_CACHE_METADATA says otherwise", () => {
    const dir = tmp();
    expect(loadConfig({ GRAPH_DATA_DIR: dir, NODE_ENV: 'production' }).responseCache?.metadata).toBe(false);
    expect(loadConfig({ GRAPH_DATA_DIR: dir, NODE_ENV: 'production', RESPONSE_CACHE_METADATA: 'true' }).responseCache?.metadata).toBe(true);
    expect(loadConfig({ GRAPH_DATA_DIR: dir, RESPONSE_CACHE_METADATA: 'false' }).responseCache?.metadata).toBe(false);
  });

  it('gives each client a budget of 6000 units a minute unless QUERY_BUDGET_PER_MINUTE says otherwise (0: off)', () => {
    const dir = tmp();
    expect(loadConfig({ GRAPH_DATA_DIR: dir }).queryBudget).toEqual({ costPerMinute: 6000 });
    expect(loadConfig({ GRAPH_DATA_DIR: dir, QUERY_BUDGET_PER_MINUTE: '600' }).queryBudget).toEqual({ costPerMinute: 600 });
    expect(loadConfig({ GRAPH_DATA_DIR: dir, QUERY_BUDGET_PER_MINUTE: '0' }).queryBudget).toBeNull();
  });

  it('trusts no proxy unless TRUST_PROXY names a hop count or addresses', () => {
    const dir = tmp();
    expect(loadConfig({ GRAPH_DATA_DIR: dir }).settings.trustProxy).toBeNull();
    expect(loadConfig({ GRAPH_DATA_DIR: dir, TRUST_PROXY: '1' }).settings.trustProxy?.setting).toBe('1');
    expect(loadConfig({ GRAPH_DATA_DIR: dir, TRUST_PROXY: 'loopback, 10.0.0.0/8' }).settings.trustProxy?.trust('10.1.2.3', 0)).toBe(true);
  });

  it.each([
    [{ TRUST_PROXY: 'true' }, /^TRUST_PROXY="true" must be a hop count or the proxies' addresses/],
    [{ TRUST_PROXY: 'proxy.example' }, /^TRUST_PROXY="proxy.example" must be a hop count or addresses and ranges/],
    [{ RESPONSE_CACHE_METADATA: 'on' }, /^RESPONSE_CACHE_METADATA="on" must be true or false/],
    [{ RESPONSE_CACHE: 'yes' }, /^RESPONSE_CACHE="yes" must be true or false/],
    [{ RESPONSE_CACHE_MB: '0' }, /^RESPONSE_CACHE_MB="0" must be positive/],
    [{ QUERY_BUDGET_PER_MINUTE: '100' }, /^QUERY_BUDGET_PER_MINUTE="100" must be 0 \(off\) or from 150/],
    [{ QUERY_BUDGET_PER_MINUTE: 'lots' }, /^QUERY_BUDGET_PER_MINUTE="lots" must be a number/],
    [{ PORT: 'abc' }, /^PORT="abc" must be a number/],
    [{ PORT: '70000' }, /^PORT="70000" must be between 0 and 65535/],
    [{ NEO4J_URI: 'not a uri', NEO4J_PASSWORD: 'x' }, /^NEO4J_URI="not a uri" must be a URI/],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, /^NEO4J_URI=.* must be a URI/],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, /^NEO4J_PASSWORD must be set/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('rejects a data directory that cannot be written', () => {
    const file = path.join(tmp(), 'a-file');
    fs.writeFileSync(file, '');
    expect(() => loadConfig({ GRAPH_DATA_DIR: path.join(file, 'sub') })).toThrow(/^GRAPH_DATA_DIR=.* is not a writable directory/);
  });

  it('stops start-up with one line naming the variable', async () => {
    const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
    const run = promisify(execFile)(tsx, [path.join(repoRoot, 'api', 'src', 'main.ts')], { env: { ...process.env, PORT: 'not-a-port' } });
    const err = (await run.then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    ))!;
    expect(err.code).toBe(1);
    expect(err.stderr.trim().split('\n')).toEqual(['Configuration error: PORT="not-a-port" must be a number']);
  });
});
