import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';
import { runConflicts, type ConflictReport } from './lib/conflicts.js';

let t: TestApp;
let report: ConflictReport;

beforeAll(async () => {
  t = await createTestApp();
  const writers = [];
  for (let i = 0; i < 6; i++) writers.push(await signedIn(t, 'EDITOR'));
  report = await runConflicts({
    gql: (q, v, h) => t.gql(q, v, h),
    writers,
    ids: ['org:ppr-randers', 'org:municipality-norddjurs'],
    attempts: 200,
    seed: 5,
  });
}, 60_000);
afterAll(() => t.close());

describe('6 writers, 200 conflicting updates of 2 organisations (npm run test:reliability runs 1,000+)', () => {
  it('answers every attempt with a win or CONFLICT, and some of each', () => {
    expect(report.otherErrors).toEqual([]);
    expect(report.successes + report.conflicts).toBe(200);
    expect(report.conflicts).toBeGreaterThan(0);
    expect(report.successes).toBeGreaterThan(0);
  });
  it('loses no update: final version = initial + wins, wins took consecutive versions, each audited, last win stored', () => {
    for (const e of report.perEntity) {
      expect(e.finalVersion, e.id).toBe(e.initialVersion + e.successes);
      expect(e.versionsGapless, e.id).toBe(true);
      expect(e.auditedUpdates, e.id).toBe(e.successes);
      expect(e.lastWriteKept, e.id).toBe(true);
    }
  });
});
