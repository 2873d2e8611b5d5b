import { bridgePeopleOf, everyonesTies, inIdOrder, type BridgeOrganisationLists, type BridgeTies, type Ties } from '../../core/gap-finder/bridge-ties.js';
import { findOnlyBridges } from '../../core/gap-finder/bridges.js';
import type { GapRuleDefinition, RuleContext, ScopeParams } from '../../core/gap-finder/rule.js';
import { gapWords, personAsSeen, personRef } from '../words.js';

/** The definition is in bridges.ts; this rule scopes and words it. */
export const onlyBridge: GapRuleDefinition = {
  id: 'only-bridge',
  severity: 'MEDIUM',
  // Two statements, as lists (core/gap-finder/bridge-ties.ts makes the rule's rows of them).
  // For everything: everyone's ties and every organisation, at once (gaps/organisation-lists
  // needs no ids). For a scope, gapsBridgeTiesInScope alone stands in for these two (the people
  // its findings depend on, and the organisations their ties name).
  queries: ['gapsBridgeTies', 'gapsOrganisationLists'],
  async find({ run, scope, asOf, showNames, lang }) {
    const { people, orgs } = scope.all ? await everyonesTies(run, asOf) : await tiesInScope(run, scope, asOf);
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

/**
 * For a scope, only the people its findings depend on (the statement says which; the rule's
 * filter keeps the findings it can show, which are complete from those), and the organisations
 * their ties name with those they are part of, in one statement.
 */
async function tiesInScope(run: RuleContext['run'], scope: ScopeParams, asOf: string): Promise<Ties> {
  const [row] = await run<BridgeTies & BridgeOrganisationLists>('gapsBridgeTiesInScope', { asOf, orgIds: scope.orgIds, groupIds: scope.groupIds });
  return inIdOrder(bridgePeopleOf(row), row);
}
