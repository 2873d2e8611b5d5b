import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, orgRef } from '../words.js';
import { BUA_SHORT_NAMES, buaName, type BuaRow } from './bua.js';

export const buaWithoutMunicipalContact: GapRuleDefinition = {
  id: 'bua-without-municipal-contact',
  severity: 'MEDIUM',
  queries: ['gapsBuaContacts'],
  async find({ run, scope, asOf, lang }) {
    // The statement municipality-without-bua-contact reads too (sent once for both): the rows with no contact this way.
    const rows = (await run<BuaRow>('gapsBuaContacts', { ...scope, asOf, buaShortNames: [...BUA_SHORT_NAMES] })).filter((r) => r.noneForBua);
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
