import { personName } from '../../core/node-ref.js';
import { listDa } from '../../core/wording.js';
import { findOnlyBridges, type BridgeOrg, type BridgePerson } from '../../core/gap-finder/bridges.js';
import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { SECTOR_SIDE_DA } from '../../core/gap-finder/words.js';
import { personRef } from '../words.js';

/** The definition is in bridges.ts; this rule scopes and words it. */
export const onlyBridge: GapRuleDefinition = {
  id: 'only-bridge',
  severity: 'MEDIUM',
  title: 'Eneste bro mellem to sektorer',
  description:
    'Én person er den eneste, der forbinder en organisation (fx en hospitalsafdeling eller en kommune) med en anden sektor — gennem en gruppe, som fast kontaktperson eller ved at arbejde begge steder. Går personen, mister organisationen sin sidste navngivne forbindelse dertil.',
  // Two statements: for a scope, gapsBridgePeopleInScope stands in for gapsBridgePeople.
  queries: ['gapsBridgeOrganisations', 'gapsBridgePeople'],
  async find({ run, scope, asOf, showNames }) {
    // In id order: the statements have none, and the bridges (their sectors, groups and
    // organisations, hence the sentences) are built in the order the rows come.
    // For a scope, only the people its findings depend on (the statement says which); the
    // filter below keeps the findings it can show, which are complete from those.
    const rows = scope.all
      ? await run<BridgePerson>('gapsBridgePeople', { asOf })
      : await run<BridgePerson>('gapsBridgePeopleInScope', { asOf, orgIds: scope.orgIds, groupIds: scope.groupIds });
    const people = rows.sort((a, b) => byId(a.person.id, b.person.id));
    // The organisations those people are tied to (the statement adds the ones they are part of):
    // findOnlyBridges looks up no other.
    const ids = new Set<string>();
    for (const p of people) {
      for (const id of [...p.works, ...p.contactFor]) ids.add(id);
      for (const g of p.groups) if (typeof g.onBehalfOf === 'string') ids.add(g.onBehalfOf);
    }
    const orgs = (await run<BridgeOrg>('gapsBridgeOrganisations', { ids: [...ids].sort(byId) })).sort((a, b) => byId(a.id, b.id));
    const orgIds = new Set(scope.orgIds);
    const groupIds = new Set(scope.groupIds);
    return findOnlyBridges(orgs, people)
      .filter((b) => scope.all || orgIds.has(b.hand.id) || b.groups.some((g) => groupIds.has(g.id)))
      .map((b) => {
        const who = personName(b.person, showNames);
        const via = [...b.groups.map((g) => g.name), ...b.organisations.map((o) => `som kontakt til eller ansat i ${o.name}`)];
        return {
          ruleId: 'only-bridge',
          severity: 'MEDIUM' as const,
          subject: personRef(b.person, showNames),
          sentence:
            `${capital(who)} er den eneste, der forbinder ${b.hand.name} med ${listDa(b.sectors.map((s) => SECTOR_SIDE_DA[s] ?? s))}` +
            `${via.length ? ` (gennem ${listDa(via)})` : ''}; sørg for en stedfortræder eller en kontaktperson mere.`,
          evidenceIds: [b.person.id, b.hand.id, ...b.groups.map((g) => g.id), ...b.organisations.map((o) => o.id)],
        };
      });
  },
};

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function capital(s: string): string {
  return s.charAt(0).toLocaleUpperCase('da') + s.slice(1);
}
