import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, groupRef } from '../words.js';
import { groupFacts, kindIn, type GroupFactsRow } from './group-facts.js';

/**
 * Implementation groups meet across sectors and must keep plans and statuses current; 001
 * ties the chair to "the municipality that provides the secretariat". Other kinds are not
 * expected to have one of their own.
 */
export const SECRETARIAT_EXPECTED_KINDS = ['IMPLEMENTATION_GROUP'] as const;

export const groupWithoutSecretariat: GapRuleDefinition = {
  id: 'group-without-secretariat',
  severity: 'LOW',
  queries: ['gapsGroupFacts'],
  async find({ run, scope, asOf, lang }) {
    // gaps/group-facts, sent once for the five group rules.
    const rows = withoutSecretariat(await groupFacts({ run, scope, asOf }));
    const say = gapWords(lang).sentences['group-without-secretariat'];
    return rows.map((r) => ({
      ruleId: 'group-without-secretariat',
      severity: 'LOW' as const,
      subject: groupRef(r.group),
      sentence: say({ group: r.group.name }),
      evidenceIds: [r.group.id, ...r.anchoredIn.map((a) => a.id)],
      topic: '',
    }));
  },
};

/** Groups of the kinds expected to have a secretariat that nobody services. */
export const withoutSecretariat = (rows: GroupFactsRow[]) => rows.filter((r) => kindIn(r, SECRETARIAT_EXPECTED_KINDS) && !r.serviced);
