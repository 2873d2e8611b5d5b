import { expect } from 'vitest';
import { type MatrixRow, reportOf } from '../../../api/src/modules/status/status-reader.js';
import type { ContractCases } from './contract-case.js';

/**
 * The statement behind statusMatrix() on the Central Denmark seed (read-only). Expected answers
 * from 08-statuses and the documents: Norddjurs' overview of 24 February 2023 (003: element 1
 * green, 2 blue, 3 yellow), the Randers cluster's April 2024 status (001), later synthetic ones.
 */

const AGREEMENT = 'agreement:boern-unge-psykisk-mistrivsel';

/** A report of one cell (cypher/status/cell-reports.cypher) and a written one (cypher/status/report.cypher). */
interface CellReportRow {
  id: string;
  level: string;
  asOf: string;
}
interface ReportRow {
  id: string;
  type: string;
  from: string;
  to: string;
  created: boolean;
  props: Record<string, unknown>;
}

export const statusCases: ContractCases = {
  statusMatrix: async ({ db, queries }) => {
    const [row] = await db.run<MatrixRow>(queries.statusMatrix, { agreementId: AGREEMENT, asOf: '2023-12-31' });
    const m = row!;
    expect(m.agreement).toMatchObject({ id: AGREEMENT, name: 'Samarbejdsaftale om børn og unge i psykisk mistrivsel' });
    expect(m.elements.map((e) => e.number).sort()).toEqual([1, 2, 3]);
    expect(m.parties).toHaveLength(19);
    // Municipalities [id, name, kind, sector]; clusters [organisationId, clusterId, name, kind, sector].
    expect(m.parties.find(([id]) => id === 'org:municipality-norddjurs')).toEqual([
      'org:municipality-norddjurs',
      'Norddjurs Kommune',
      'MUNICIPALITY',
      'MUNICIPALITY',
    ]);
    const norddjursCluster = m.partyClusters.find(([organisationId]) => organisationId === 'org:municipality-norddjurs');
    expect(norddjursCluster?.[1]).toBe('org:cluster-randers');
    // Up to the end of 2023 only Norddjurs' February 2023 overview exists.
    // A status is a list in fixed positions; reportOf (the reader's) names them.
    const reports = m.statuses.map(reportOf);
    expect(reports.map((s) => `${s.organisationId} ${s.elementId} ${s.level} ${s.asOf}`).sort()).toEqual([
      'org:municipality-norddjurs element:mistrivsel-1 GREEN 2023-02-24',
      'org:municipality-norddjurs element:mistrivsel-2 BLUE 2023-02-24',
      'org:municipality-norddjurs element:mistrivsel-3 YELLOW 2023-02-24',
    ]);
    expect(reports[0]!.inferred).toBe(true);
    expect(reports[0]!.source).toMatch(/^003 /);
    expect(reports.map((s) => s.id).sort()).toEqual([
      'rel:status:municipality-norddjurs--mistrivsel-1:2023-02-24',
      'rel:status:municipality-norddjurs--mistrivsel-2:2023-02-24',
      'rel:status:municipality-norddjurs--mistrivsel-3:2023-02-24',
    ]);
    // Every reporting municipality is party to the agreement: none is looked up as an outsider.
    expect(m.outsiders).toEqual([]);
    expect(m.outsiderClusters).toEqual([]);

    // The whole history up to a later date: Randers' element 2 yellow in April 2024, green in January 2025.
    const [later] = await db.run<MatrixRow>(queries.statusMatrix, { agreementId: AGREEMENT, asOf: '2025-06-01' });
    const randers2 = later!.statuses.map(reportOf).filter((s) => s.organisationId === 'org:municipality-randers' && s.elementId === 'element:mistrivsel-2');
    expect(randers2.map((s) => `${s.asOf} ${s.level}`).sort()).toEqual(['2024-04-01 YELLOW', '2025-01-15 GREEN']);

    // Before any status: none; an unknown agreement: no row.
    const [early] = await db.run<MatrixRow>(queries.statusMatrix, { agreementId: AGREEMENT, asOf: '2020-01-01' });
    expect(early!.statuses).toEqual([]);
    expect(await db.run(queries.statusMatrix, { agreementId: 'agreement:nope', asOf: '2025-01-01' })).toEqual([]);
  },
  statusCellReports: async ({ db, queries }) => {
    const rows = await db.run<CellReportRow>(queries.statusCellReports, { organisationId: 'org:municipality-randers', elementId: 'element:mistrivsel-2' });
    expect(rows.map((r) => `${r.asOf} ${r.level}`).sort()).toEqual(['2024-04-01 YELLOW', '2025-01-15 GREEN']);
    expect(Object.keys(rows[0]!).sort()).toEqual(['asOf', 'createdAt', 'id', 'inferred', 'level', 'note', 'source']);
    expect(await db.run(queries.statusCellReports, { organisationId: 'org:municipality-randers', elementId: 'element:nope' })).toEqual([]);
  },
  statusReportTarget: async ({ db, queries }) => {
    expect(await db.run(queries.statusReportTarget, { organisationId: 'org:municipality-randers', elementId: 'element:mistrivsel-2' })).toEqual([
      { organisationId: 'org:municipality-randers', organisationKind: 'MUNICIPALITY', elementId: 'element:mistrivsel-2', agreements: [AGREEMENT] },
    ]);
    expect(await db.run(queries.statusReportTarget, { organisationId: 'org:nope', elementId: 'element:nope' })).toEqual([
      { organisationId: null, organisationKind: null, elementId: null, agreements: [] },
    ]);
  },
  // Last: it writes one report (dated 2019, before every seeded one) and repeats it.
  statusReport: async ({ db, queries }) => {
    const args = {
      id: 'rel:status:contract-1',
      organisationId: 'org:municipality-skive',
      elementId: 'element:mistrivsel-1',
      props: { level: 'RED', asOf: '2019-06-01', note: 'Kontrakt' },
      now: '2026-01-01T00:00:00.000Z',
    };
    const [first] = await db.write((tx) => tx.run<ReportRow>(queries.statusReport, args));
    expect(first).toMatchObject({ id: 'rel:status:contract-1', type: 'STATUS', from: 'org:municipality-skive', to: 'element:mistrivsel-1', created: true });
    expect(first!.props).toEqual({
      id: 'rel:status:contract-1',
      level: 'RED',
      asOf: '2019-06-01',
      note: 'Kontrakt',
      createdAt: args.now,
      updatedAt: args.now,
      version: 1,
    });
    const [again] = await db.write((tx) =>
      tx.run<ReportRow>(queries.statusReport, { ...args, props: { level: 'GREEN', asOf: '2019-06-01' }, now: '2026-01-02T00:00:00.000Z' }),
    );
    expect(again).toMatchObject({ created: false, props: { level: 'RED', createdAt: args.now } });
    const rows = await db.run<CellReportRow>(queries.statusCellReports, { organisationId: 'org:municipality-skive', elementId: 'element:mistrivsel-1' });
    expect(rows.filter((r) => r.id === 'rel:status:contract-1')).toHaveLength(1);
  },
};
