import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../api/src/config.js';

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'haenderne-config-'));
/** Below a plain file: no directory can be made there. */
const notADirectory = (() => {
  const file = path.join(dir(), 'a-file');
  fs.writeFileSync(file, '');
  return path.join(file, 'backups');
})();

describe('configuration of logs, metrics and the access log', () => {
  it('logs JSON at info outside development and readable lines in development', () => {
    expect(loadConfig({ GRAPH_DATA_DIR: dir(), NODE_ENV: 'production' }).log).toEqual({ level: 'info', pretty: false });
    expect(loadConfig({ GRAPH_DATA_DIR: dir(), NODE_ENV: 'development' }).log).toEqual({ level: 'info', pretty: true });
    expect(loadConfig({ GRAPH_DATA_DIR: dir(), NODE_ENV: 'development', LOG_FORMAT: 'json', LOG_LEVEL: 'warn' }).log).toEqual({ level: 'warn', pretty: false });
  });

  it('serves no metrics unless asked, and a token when one is given', () => {
    expect(loadConfig({ GRAPH_DATA_DIR: dir() }).metrics).toBeNull();
    expect(loadConfig({ GRAPH_DATA_DIR: dir(), METRICS: 'true' }).metrics).toEqual({ token: null });
    expect(loadConfig({ GRAPH_DATA_DIR: dir(), METRICS: 'true', METRICS_TOKEN: 'a-long-scrape-token' }).metrics).toEqual({ token: 'a-long-scrape-token' });
  });

  it('keeps the access log of personal data for 180 days unless told otherwise', () => {
    expect(loadConfig({ GRAPH_DATA_DIR: dir() }).accessLog).toEqual({ retentionDays: 180 });
    expect(loadConfig({ GRAPH_DATA_DIR: dir(), ACCESS_LOG_RETENTION_DAYS: '365' }).accessLog).toEqual({ retentionDays: 365 });
    expect(loadConfig({ GRAPH_DATA_DIR: dir(), ACCESS_LOG: 'false' }).accessLog).toBeNull();
  });

  it('backs up the embedded store to BACKUP_DIR every BACKUP_INTERVAL_HOURS, keeping BACKUP_KEEP; not Neo4j', () => {
    const backups = dir();
    expect(loadConfig({ GRAPH_DATA_DIR: dir() }).backup).toBeNull();
    expect(loadConfig({ GRAPH_DATA_DIR: dir(), BACKUP_DIR: backups }).backup).toEqual({ dir: backups, intervalMs: 24 * 3_600_000, keep: 14 });
    expect(loadConfig({ GRAPH_DATA_DIR: dir(), BACKUP_DIR: backups, BACKUP_INTERVAL_HOURS: '0.5', BACKUP_KEEP: '48' }).backup).toEqual({
      dir: backups,
      intervalMs: 1_800_000,
      keep: 48,
    });
    const neo4j = loadConfig({ NEO4J_URI: 'bolt://localhost:7687', NEO4J_PASSWORD: 'secret-password', BACKUP_DIR: backups });
    expect(neo4j.backup).toBeNull();
    expect(neo4j.backupIgnored).toBe(true);
  });

  it.each([
    [{ BACKUP_DIR: notADirectory }, /^BACKUP_DIR=".*" is not a writable directory \(ENOTDIR\)$/],
    [{ BACKUP_INTERVAL_HOURS: '0' }, /^BACKUP_INTERVAL_HOURS="0" must be between 0.01 and 720$/],
    [{ BACKUP_KEEP: '0' }, /^BACKUP_KEEP="0" must be at least 1$/],
    [{ ACCESS_LOG: 'yes' }, /^ACCESS_LOG="yes" must be true or false$/],
    [{ ACCESS_LOG_RETENTION_DAYS: '0' }, /^ACCESS_LOG_RETENTION_DAYS="0" must be between 1 and 3650$/],
    [{ ACCESS_LOG_RETENTION_DAYS: 'many' }, /^ACCESS_LOG_RETENTION_DAYS="many" must be a number$/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL="loud" must be one of fatal, error, warn, info, debug, trace, silent$/],
    [{ LOG_FORMAT: 'xml' }, /^LOG_FORMAT="xml" must be json or pretty$/],
    [{ METRICS: 'on' }, /^METRICS="on" must be true or false$/],
    [{ METRICS_TOKEN: 'short' }, /^METRICS_TOKEN="short" must be at least 16 characters$/],
  ])('rejects %o with one line naming it', (env, message) => {
    expect(() => loadConfig({ GRAPH_DATA_DIR: dir(), ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ GRAPH_DATA_DIR: dir(), ...env })).toThrow(message);
  });
});
