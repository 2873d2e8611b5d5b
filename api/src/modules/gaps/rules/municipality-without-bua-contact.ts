import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, orgRef } from '../words.js';
import { BUA_SHORT_NAMES, buaName, type BuaRow } from './bua.js';

export const municipalityWithoutBuaContact: GapRuleDefinition = {
  id: 'municipality-without-bua-contact',
  severity: 'HIGH',
  queries: ['gapsMunicipalityWithoutBuaContact'],
  async find({ run, scope, asOf, lang }) {
    const rows = await run<BuaRow>('gapsMunicipalityWithoutBuaContact', { ...scope, asOf, buaShortNames: [...BUA_SHORT_NAMES] });
    const say = gapWords(lang).sentences['municipality-without-bua-contact'];
    return rows.map((r) => ({
      ruleId: 'municipality-without-bua-contact',
      severity: 'HIGH' as const,
      subject: orgRef(r.municipality),
      sentence: say({ municipality: r.municipality.name, bua: buaName(r.buas) }),
      evidenceIds: [r.municipality.id, ...r.buas.map((b) => b.id)],
      topic: '',
    }));
  },
};
