import { listDa } from '../../core/wording.js';
import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { groupRef, type Named } from '../words.js';

/** Steering bodies steer by deciding; one without any mandate on record decides on nothing. */
export const STEERING_KINDS = ['STEERING_GROUP', 'CLUSTER_STEERING_GROUP'] as const;

interface Row {
  group: Named & { name: string };
  reportsTo: Array<{ id: string; name: string }>;
  expiredMandateIds: string[];
}

export const groupWithoutMandate: GapRuleDefinition = {
  id: 'group-without-mandate',
  severity: 'MEDIUM',
  title: 'Styregruppe uden mandat',
  description: 'En aktiv styregruppe har intet gyldigt mandat registreret, så det er uklart, hvad den kan beslutte.',
  queries: ['gapsGroupWithoutMandate'],
  async find({ run, scope, asOf }) {
    const rows = await run<Row>('gapsGroupWithoutMandate', { ...scope, asOf, kinds: [...STEERING_KINDS] });
    return rows.map((r) => ({
      ruleId: 'group-without-mandate',
      severity: 'MEDIUM' as const,
      subject: groupRef(r.group),
      sentence: `${r.group.name} har intet gyldigt mandat registreret; ${
        r.reportsTo.length ? listDa(r.reportsTo.map((g) => g.name)) : 'den, der har nedsat gruppen,'
      } bør fastlægge, hvad gruppen kan beslutte.`,
      evidenceIds: [r.group.id, ...r.reportsTo.map((g) => g.id), ...r.expiredMandateIds],
    }));
  },
};
