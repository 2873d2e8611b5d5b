import { describe, expect, it } from 'vitest';
import { findOnlyBridges, type BridgeOrg, type BridgePerson } from '../../api/src/modules/core/gap-finder/bridges.js';

/** The only-bridge definition (api/src/modules/gaps/bridges.ts) on small hand-made edge lists. */

const org = (id: string, kind: string, sector: string, parent?: [string, string]): BridgeOrg => ({
  id,
  name: id,
  kind,
  sector,
  parent: parent ? { id: parent[0] } : null,
});
const ORGS = [
  org('hosp', 'HOSPITAL', 'REGION'),
  org('dept', 'HOSPITAL_DEPARTMENT', 'REGION', ['hosp', 'HOSPITAL']),
  org('bua', 'HOSPITAL_DEPARTMENT', 'REGION'),
  org('bua-unit', 'HOSPITAL_DEPARTMENT', 'REGION', ['bua', 'HOSPITAL_DEPARTMENT']),
  org('muni', 'MUNICIPALITY', 'MUNICIPALITY'),
  org('ppr', 'MUNICIPAL_UNIT', 'MUNICIPALITY', ['muni', 'MUNICIPALITY']),
  org('practice', 'GP_PRACTICE', 'GENERAL_PRACTICE'),
];
const person = (id: string, works: string[], groups: Array<[string, string?]> = [], contactFor: string[] = []): BridgePerson => ({
  person: { id, name: id },
  works,
  groups: groups.map(([group, onBehalfOf]) => ({ group, name: group, onBehalfOf: onBehalfOf ?? null })),
  contactFor,
});
const summary = (people: BridgePerson[]) =>
  findOnlyBridges(ORGS, people)
    .map((b) => `${b.person.id} ${b.hand.id} ${b.sectors.join('+')} via ${[...b.groups.map((g) => g.id), ...b.organisations.map((o) => o.id)].join(',')}`)
    .sort();

describe('only bridge between an organisation and another sector', () => {
  it('one person in a shared group is the department’s only bridge; the other side has two, so no bridge there', () => {
    expect(summary([person('nurse', ['dept'], [['g']]), person('ppr-lead', ['ppr'], [['g']]), person('director', ['muni'], [['g']])])).toEqual([
      'nurse dept MUNICIPALITY via g',
    ]);
  });

  it('a second person from the department, in any group with the other sector, ends it (and two on the other side too)', () => {
    expect(
      summary([person('nurse', ['dept'], [['g']]), person('doctor', ['dept'], [['h']]), person('a', ['ppr'], [['g', 'muni']]), person('b', ['muni'], [['h']])]),
    ).toEqual([]);
  });

  it('units count with their municipality and sub-units with their department; a fixed contact is a tie', () => {
    expect(summary([person('adviser', ['bua-unit'], [], ['muni']), person('psych', ['ppr'], [], ['bua'])])).toEqual([
      'adviser bua MUNICIPALITY via muni',
      'psych muni REGION via bua',
    ]);
  });

  it('working on both sides is a tie; a GP practice and a hospital are no hands of their own', () => {
    expect(summary([person('consultant', ['practice', 'muni'])])).toEqual(['consultant muni GENERAL_PRACTICE via practice']);
    expect(summary([person('director', ['hosp'], [['g']]), person('lead', ['ppr'], [['g']])])).toEqual(['lead muni REGION via g']);
  });

  it('sitting for an organisation (onBehalfOf) attaches like working there; alone in a group is no tie', () => {
    expect(summary([person('rep', ['hosp'], [['g', 'dept']]), person('x', ['muni'], [['g']])])).toEqual(['rep dept MUNICIPALITY via g', 'x muni REGION via g']);
    expect(summary([person('alone', ['dept'], [['solo']])])).toEqual([]);
  });
});
