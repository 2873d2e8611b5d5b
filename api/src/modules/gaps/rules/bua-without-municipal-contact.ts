import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, orgRef } from '../words.js';
import { buaContacts, buaName } from './bua.js';

export const buaWithoutMunicipalContact: GapRuleDefinition = {
  id: 'bua-without-municipal-contact',
  severity: 'MEDIUM',
  // For a scope gapsBuaContactsInScope stands in (bua.ts).
  queries: ['gapsBuaContacts'],
  async find({ run, scope, asOf, lang }) {
    // The statement municipality-without-bua-contact reads too (sent once for both): the rows with no contact this way.
    const rows = (await buaContacts({ run, scope, asOf })).filter((r) => r.noneForBua);
    const say = gapWords(lang).sentences['bua-without-municipal-contact'];
    return rows.map((r) => ({
      ruleId: 'bua-without-municipal-contact',
      severity: 'MEDIUM' as const,
      subject: orgRef(r.municipality),
      sentence: say({ municipality: r.municipality.name, bua: buaName(r.buas) }),
      evidenceIds: [r.municipality.id, ...r.buas.map((b) => b.id)],
      topic: '',
    }));
  },
};
