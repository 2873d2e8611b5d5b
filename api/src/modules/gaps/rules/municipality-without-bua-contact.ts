import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { orgRef } from '../words.js';
import { BUA_SHORT_NAMES, buaName, type BuaRow } from './bua.js';

export const municipalityWithoutBuaContact: GapRuleDefinition = {
  id: 'municipality-without-bua-contact',
  severity: 'HIGH',
  title: 'Kommune uden fast kontaktperson i BUA',
  description:
    'Ingen medarbejder i børne- og ungdomspsykiatrien (BUA) er fast kontaktperson for kommunen eller dens enheder, så kommunens fagfolk ved ikke, hvem de skal ringe til.',
  queries: ['gapsMunicipalityWithoutBuaContact'],
  async find({ run, scope, asOf }) {
    const rows = await run<BuaRow>('gapsMunicipalityWithoutBuaContact', { ...scope, asOf, buaShortNames: [...BUA_SHORT_NAMES] });
    return rows.map((r) => ({
      ruleId: 'municipality-without-bua-contact',
      severity: 'HIGH' as const,
      subject: orgRef(r.municipality),
      sentence: `${r.municipality.name} har ingen fast kontaktperson i ${buaName(r.buas)}; ${buaName(r.buas)} bør udpege en navngiven kontaktperson for kommunen.`,
      evidenceIds: [r.municipality.id, ...r.buas.map((b) => b.id)],
    }));
  },
};
