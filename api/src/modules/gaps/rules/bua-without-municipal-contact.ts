import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { orgRef } from '../words.js';
import { BUA_SHORT_NAMES, buaName, type BuaRow } from './bua.js';

export const buaWithoutMunicipalContact: GapRuleDefinition = {
  id: 'bua-without-municipal-contact',
  severity: 'MEDIUM',
  title: 'BUA uden kontaktperson i kommunen',
  description:
    'Ingen medarbejder i kommunen eller dens enheder er fast kontaktperson for børne- og ungdomspsykiatrien (BUA), så BUA har ingen navngiven person at gå til med vigtig og generel information.',
  queries: ['gapsBuaWithoutMunicipalContact'],
  async find({ run, scope, asOf }) {
    const rows = await run<BuaRow>('gapsBuaWithoutMunicipalContact', { ...scope, asOf, buaShortNames: [...BUA_SHORT_NAMES] });
    return rows.map((r) => ({
      ruleId: 'bua-without-municipal-contact',
      severity: 'MEDIUM' as const,
      subject: orgRef(r.municipality),
      sentence: `${buaName(r.buas)} har ingen navngiven kontaktperson i ${r.municipality.name}; kommunen bør udpege en fast kontaktperson for ${buaName(r.buas)}.`,
      evidenceIds: [r.municipality.id, ...r.buas.map((b) => b.id)],
    }));
  },
};
