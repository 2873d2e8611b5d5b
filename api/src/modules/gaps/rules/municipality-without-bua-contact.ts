import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, orgRef } from '../words.js';
import { buaContacts, buaName } from './bua.js';

export const municipalityWithoutBuaContact: GapRuleDefinition = {
  id: 'municipality-without-bua-contact',
  severity: 'HIGH',
  // For a scope gapsBuaContactsInScope stands in (bua.ts).
  queries: ['gapsBuaContacts'],
  async find({ run, scope, asOf, lang }) {
    // The statement bua-without-municipal-contact reads too (sent once for both): the rows with no contact this way.
    const rows = (await buaContacts({ run, scope, asOf })).filter((r) => r.noneFromBua);
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
