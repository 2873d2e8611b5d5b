import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, groupRef } from '../words.js';
import { groupFacts, kindIn, type GroupFactsRow } from './group-facts.js';

/**
 * Bodies at the top (the health collaboration committee, councils) report to no group, and a
 * secretariat serves a group rather than reporting to one; every other group is expected to
 * report somewhere, or its recommendations have nowhere to go.
 */
export const TOP_KINDS = ['COMMITTEE', 'COUNCIL', 'SECRETARIAT'] as const;

export const groupWithoutReportingLine: GapRuleDefinition = {
  id: 'group-without-reporting-line',
  severity: 'MEDIUM',
  queries: ['gapsGroupFacts'],
  async find({ run, scope, asOf, lang }) {
    // gaps/group-facts, sent once for the five group rules.
    const rows = withoutReportingLine(await groupFacts({ run, scope, asOf }));
    const say = gapWords(lang).sentences['group-without-reporting-line'];
    return rows.map((r) => ({
      ruleId: 'group-without-reporting-line',
      severity: 'MEDIUM' as const,
      subject: groupRef(r.group),
      sentence: say({ group: r.group.name }),
      evidenceIds: [r.group.id, ...r.anchoredIn.map((a) => a.id)],
      topic: '',
    }));
  },
};

/** Groups of a kind (not a top kind) that report to no group. */
export const withoutReportingLine = (rows: GroupFactsRow[]) =>
  rows.filter((r) => typeof r.group.kind === 'string' && !kindIn(r, TOP_KINDS) && r.reportsTo.length === 0);
