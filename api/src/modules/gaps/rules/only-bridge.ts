import { bridgeOrganisationsOf, bridgePeopleOf, type BridgeOrganisationLists, type BridgeTies } from '../../core/gap-finder/bridge-ties.js';
import { findOnlyBridges } from '../../core/gap-finder/bridges.js';
import type { GapRuleDefinition } from '../../core/gap-finder/rule.js';
import { gapWords, personAsSeen, personRef } from '../words.js';

/** The definition is in bridges.ts; this rule scopes and words it. */
export const onlyBridge: GapRuleDefinition = {
  id: 'only-bridge',
  severity: 'MEDIUM',
  // Two statements: the people's ties, then their organisations, as lists (gaps/bridge-people's
  // and gaps/bridge-organisations' rows made in bridge-ties.ts, cheaper on the embedded engine);
  // for a scope, gapsBridgeTiesInScope stands in for gapsBridgeTies (the people who matter).
  queries: ['gapsBridgeOrganisationLists', 'gapsBridgeTies'],
  async find({ run, scope, asOf, showNames, lang }) {
    // In id order: the statements have none, and the bridges (their sectors, groups and
    // organisations, hence the sentences) are built in the order the rows come.
    // For a scope, only the people its findings depend on (the statement says which); the
    // filter below keeps the findings it can show, which are complete from those.
    const ties = scope.all
      ? await run<BridgeTies>('gapsBridgeTies', { asOf })
      : await run<BridgeTies>('gapsBridgeTiesInScope', { asOf, orgIds: scope.orgIds, groupIds: scope.groupIds });
    const rows = bridgePeopleOf(ties[0]);
    const people = rows.sort((a, b) => byId(a.person.id, b.person.id));
    // The organisations those people are tied to (the statement adds the ones they are part of):
    // findOnlyBridges looks up no other.
    const ids = new Set<string>();
    for (const p of people) {
      for (const id of [...p.works, ...p.contactFor]) ids.add(id);
      for (const g of p.groups) if (typeof g.onBehalfOf === 'string') ids.add(g.onBehalfOf);
    }
    const lists = await run<BridgeOrganisationLists>('gapsBridgeOrganisationLists', { ids: [...ids].sort(byId) });
    const orgs = bridgeOrganisationsOf(lists[0]).sort((a, b) => byId(a.id, b.id));
    const orgIds = new Set(scope.orgIds);
    const groupIds = new Set(scope.groupIds);
    const say = gapWords(lang).sentences['only-bridge'];
    return findOnlyBridges(orgs, people)
      .filter((b) => scope.all || orgIds.has(b.hand.id) || b.groups.some((g) => groupIds.has(g.id)))
      .map((b) => ({
        ruleId: 'only-bridge',
        severity: 'MEDIUM' as const,
        subject: personRef(b.person, showNames, lang),
        sentence: say({
          person: personAsSeen(b.person, showNames, lang),
          hand: b.hand.name,
          sectors: b.sectors,
          groups: b.groups.map((g) => g.name),
          organisations: b.organisations.map((o) => o.name),
        }),
        evidenceIds: [b.person.id, b.hand.id, ...b.groups.map((g) => g.id), ...b.organisations.map((o) => o.id)],
        // A person may be the only bridge for several organisations: the organisation ("hand") tells them apart.
        topic: b.hand.id,
      }));
  },
};

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
