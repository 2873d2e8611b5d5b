import { expect } from 'vitest';
import type { ContractCases } from './contract-case.js';

/**
 * The access log's statements on the contract fixture, in order: two reads and an export are
 * recorded (in 2030, after anything the other fixture cases write), read back with each
 * filter, then purged by age, leaving the edit history alone.
 */
const read = (id: string, at: string, actor: string, subjects: string[]) => ({
  id,
  at,
  actor,
  entityId: `access:${id}`,
  after: JSON.stringify({ operation: 'PersonCard', fields: ['name'] }),
  subjects,
});

export const accessLogCases: ContractCases = {
  accessLogRecordRead: async ({ db, queries }) => {
    expect(await db.run(queries.accessLogRecordRead, read('change:r1', '2030-01-01T10:00:00.000Z', 'user:a', ['person:1', 'person:2']))).toEqual([
      { id: 'change:r1' },
    ]);
    await db.run(queries.accessLogRecordRead, read('change:r2', '2030-01-02T10:00:00.000Z', 'user:b', ['person:2']));
    await db.run(queries.recordChange, {
      id: 'change:x1',
      at: '2030-01-03T10:00:00.000Z',
      actor: 'user:a',
      operation: 'EXPORT',
      entityId: 'export:x1',
      entityLabel: 'Export',
      before: null,
      after: '{"format":"csv","label":"Person"}',
      fromId: null,
      toId: null,
    });
  },
  accessLogEntries: async ({ db, queries }) => {
    const entries = async (f: Partial<Record<'subject' | 'actor' | 'from' | 'to', string>>, limit = 100) =>
      (await db.run<{ entry: { id: string } }>(queries.accessLogEntries, { subject: null, actor: null, from: '2030-01-01', to: null, limit, ...f })).map(
        (r) => r.entry,
      );
    const all = await entries({});
    expect(all.map((e) => e.id)).toEqual(['change:x1', 'change:r2', 'change:r1']);
    expect(all[2]).toEqual({
      id: 'change:r1',
      at: '2030-01-01T10:00:00.000Z',
      actor: 'user:a',
      actorEmail: null,
      operation: 'READ',
      after: '{"operation":"PersonCard","fields":["name"]}',
      subjects: ['person:1', 'person:2'],
    });
    expect(all[0]).toMatchObject({ operation: 'EXPORT', subjects: [] });
    expect((await entries({ subject: 'person:2' })).map((e) => e.id)).toEqual(['change:r2', 'change:r1']);
    expect((await entries({ subject: 'person:1' })).map((e) => e.id)).toEqual(['change:r1']);
    expect((await entries({ actor: 'user:a' })).map((e) => e.id)).toEqual(['change:x1', 'change:r1']);
    expect((await entries({ from: '2030-01-02', to: '2030-01-03' })).map((e) => e.id)).toEqual(['change:r2']);
    expect((await entries({}, 1)).map((e) => e.id)).toEqual(['change:x1']);
  },
  accessLogPurge: async ({ db, queries }) => {
    const before = (await db.run<{ change: { id: string } }>(queries.exportChanges)).map((r) => r.change.id);
    expect(await db.run(queries.accessLogPurge, { before: '2030-01-02T12:00:00.000Z' })).toEqual([{ deleted: 2 }]);
    const after = (await db.run<{ change: { id: string } }>(queries.exportChanges)).map((r) => r.change.id);
    expect(after).toEqual(before.filter((id) => id !== 'change:r1' && id !== 'change:r2'));
    expect(after).toContain('change:x1');
    expect(await db.run(queries.accessLogPurge, { before: '2000-01-01T00:00:00.000Z' })).toEqual([{ deleted: 0 }]);
  },
};
