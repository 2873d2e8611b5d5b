import { describe, expect, it } from 'vitest';
import { CARD_WEIGHTS, ROUTE_WEIGHTS, rankContacts, rankRoutes, type Question } from '../../api/src/modules/core/contact-finder/contact-ranking.js';
import type { Candidates, ChannelRow, ContactRow, OrgRow, PathwayRow, RouteRow } from '../../api/src/modules/core/contact-finder/contact-reader.js';

/**
 * The findContact() ranking (api/src/modules/core/contact-finder/contact-ranking.ts) over hand-made
 * candidate records: which assignments and channels are kept, and in which order.
 */

const org = (id: string, sector: string, kind = 'MUNICIPAL_UNIT', municipalityCode: string | null = '0730'): OrgRow => ({
  id,
  name: id,
  kind,
  sector,
  municipalityCode,
});
const PPR = { ...org('ppr', 'MUNICIPALITY'), name: 'PPR Randers' };
const MUNI = org('randers', 'MUNICIPALITY', 'MUNICIPALITY');
const FAMILY = org('family', 'MUNICIPALITY');
const BUA = org('bua', 'REGION', 'HOSPITAL_DEPARTMENT', null);
const ANXIETY: PathwayRow = { id: 'pw-angst', name: 'Angst', topics: ['angst'], steps: [{ id: 's2', name: 'Trin 2 – Indsats', number: 2 }] };
const ADHD: PathwayRow = { id: 'pw-adhd', name: 'ADHD', topics: ['ADHD'], steps: [] };

const ch = (id: string, kind: string, status = 'ESTABLISHED', rules: string | null = null): ChannelRow => ({ id, name: id, kind, status, rules });
function contact(id: string, forId: string, rel: Record<string, unknown> = {}, workplace: OrgRow = BUA, channels: RouteRow[] = []): ContactRow {
  return { rel: { id, ...rel }, forId, person: { id: `person-${id}`, name: `Navn ${id}`, title: 'psykolog' }, workplaces: [{ org: workplace }], channels };
}
function candidates(contacts: ContactRow[], routes: RouteRow[] = []): Candidates {
  return { asker: PPR, ups: [MUNI], municipality: MUNI, units: [FAMILY], contacts, routes, pathways: [ANXIETY, ADHD] };
}
const q = (over: Partial<Question> = {}): Question => ({ pathway: null, topic: null, step: null, ...over });
const ids = (xs: Array<{ relId: string }>) => xs.map((x) => x.relId);

describe('contact ranking: fixed contacts', () => {
  it('ranks the asker’s own contact before its municipality’s before a unit’s, by the named scope weights', () => {
    const { ranked } = rankContacts(candidates([contact('unit', 'family'), contact('parent', 'randers'), contact('own', 'ppr')]), q());
    expect(ids(ranked)).toEqual(['own', 'parent', 'unit']);
    expect(ranked.map((r) => r.fit.score)).toEqual([CARD_WEIGHTS.scope.OWN_ORGANISATION, CARD_WEIGHTS.scope.PARENT, CARD_WEIGHTS.scope.UNIT]);
  });

  it('leaves out assignments naming another pathway or step, and counts them', () => {
    const { ranked, excluded } = rankContacts(
      candidates([
        contact('adhd', 'ppr', { pathways: ['pw-adhd'] }),
        contact('step4', 'ppr', { steps: [4] }),
        contact('any', 'ppr'),
        contact('fits', 'ppr', { pathways: ['pw-angst'], steps: [2] }),
      ]),
      q({ pathway: ANXIETY, step: 2 }),
    );
    expect(ids(ranked)).toEqual(['fits', 'any']);
    expect(excluded).toEqual({ otherPathway: 1, otherStep: 1 });
    const W = CARD_WEIGHTS;
    expect(ranked[0]!.fit.score - ranked[1]!.fit.score).toBe(W.pathwayNamed - W.pathwayAny + W.stepNamed - W.stepAny);
  });

  it('moves a contact up for the topic and the audience, down for another audience', () => {
    const { ranked } = rankContacts(
      candidates([
        contact('other-audience', 'ppr', { audience: ['praktiserende læger'] }),
        contact('plain', 'ppr'),
        contact('angst', 'ppr', { topics: ['angst'], audience: ['PPR'] }),
      ]),
      q({ topic: 'Angst' }),
    );
    expect(ids(ranked)).toEqual(['angst', 'plain', 'other-audience']);
    expect(ranked[0]!.fit).toMatchObject({
      topic: true,
      audience: true,
      score: CARD_WEIGHTS.scope.OWN_ORGANISATION + CARD_WEIGHTS.topic + CARD_WEIGHTS.inAudience,
    });
    expect(ranked[2]!.fit).toMatchObject({ topic: false, audience: false });
  });

  it('leaves out people of another municipality reached through something shared, and a repeated assignment', () => {
    const elsewhere = org('ppr-aarhus', 'MUNICIPALITY', 'MUNICIPAL_UNIT', '0751');
    const { ranked } = rankContacts(candidates([contact('aarhus', 'ppr', {}, elsewhere), contact('x', 'ppr'), contact('x', 'ppr')]), q());
    expect(ids(ranked)).toEqual(['x']);
  });

  it('gives a reachable contact a little more, once per channel', () => {
    const line: RouteRow = { channel: ch('line', 'PHONE_LINE'), provider: BUA, servedId: 'ppr' };
    const { ranked } = rankContacts(candidates([contact('b', 'ppr'), contact('a', 'ppr', {}, BUA, [line, line])]), q());
    expect(ids(ranked)).toEqual(['a', 'b']);
    expect(ranked[0]!.channels).toHaveLength(1);
    expect(ranked[0]!.fit.score - ranked[1]!.fit.score).toBe(CARD_WEIGHTS.reachable);
  });
});

describe('contact ranking: ways in', () => {
  const route = (c: ChannelRow, provider: OrgRow, servedId: string | null): RouteRow => ({ channel: c, provider, servedId });

  it('a working channel beats a planned one of a better kind; a planned one is hardly a way in', () => {
    const ranked = rankRoutes(
      candidates([], [route(ch('planned-line', 'PHONE_LINE', 'PLANNED'), BUA, 'ppr'), route(ch('mail', 'SECURE_EMAIL'), BUA, 'ppr')]),
      q(),
    );
    expect(ranked.map((r) => r.route.channel.id)).toEqual(['mail', 'planned-line']);
    expect(ranked[1]!.reasons).toContainEqual({ kind: 'NOT_ESTABLISHED', status: 'PLANNED' });
  });

  it('at step 2 the municipality’s own ways to ask come first, teaching after them, child psychiatry’s advice line scores its own bonus', () => {
    const own = route(ch('own-line', 'PHONE_LINE'), MUNI, 'ppr');
    const teaching = route(ch('teaching', 'MEETING'), MUNI, 'ppr');
    const advice = route(ch('bua-advice', 'ADVISORY_SERVICE'), BUA, 'ppr');
    const ranked = rankRoutes(candidates([], [teaching, advice, own]), q({ pathway: ANXIETY, step: 2 }));
    const W = ROUTE_WEIGHTS;
    const score = (id: string) => ranked.find((r) => r.route.channel.id === id)!.score;
    expect(score('own-line')).toBe(W.kind.PHONE_LINE! + W.status.ESTABLISHED! + W.servesAsker + W.stepSide);
    expect(score('teaching')).toBe(W.kind.MEETING! + W.status.ESTABLISHED! + W.servesAsker + W.stepSideNotAsking);
    expect(score('bua-advice')).toBe(W.kind.ADVISORY_SERVICE! + W.status.ESTABLISHED! + W.servesAsker + W.regionAdviceAtStep2);
    expect(ranked[0]!.route.channel.id).toBe('own-line');
    // The step moves a way to ask more than teaching on the same side; teaching is only loosely related.
    const unasked = rankRoutes(candidates([], [teaching, advice, own]), q());
    const bonus = (id: string) => score(id) - unasked.find((r) => r.route.channel.id === id)!.score;
    expect(bonus('teaching')).toBeLessThan(bonus('own-line'));
    expect(Object.fromEntries(ranked.map((r) => [r.route.channel.id, r.primary]))).toEqual({ 'own-line': true, 'bua-advice': true, teaching: false });
  });

  it('narrows to the other side asked about: ways in provided from there, people working there', () => {
    const routes = [route(ch('own-line', 'PHONE_LINE'), MUNI, 'ppr'), route(ch('bua-advice', 'ADVISORY_SERVICE'), BUA, 'ppr')];
    expect(rankRoutes(candidates([], routes), q({ side: 'REGION' })).map((r) => r.route.channel.id)).toEqual(['bua-advice']);
    expect(rankRoutes(candidates([], routes), q({ side: 'MUNICIPALITY' })).map((r) => r.route.channel.id)).toEqual(['own-line']);
    const people = [contact('bua-person', 'ppr'), contact('muni-person', 'ppr', {}, FAMILY)];
    expect(ids(rankContacts(candidates(people), q({ side: 'REGION' })).ranked)).toEqual(['bua-person']);
    expect(ids(rankContacts(candidates(people), q({ side: 'GENERAL_PRACTICE' })).ranked)).toEqual([]);
  });

  it('keeps the own municipality’s direct channels only, one row per channel, and no other municipality’s', () => {
    const medcomOwn = route(ch('medcom', 'MEDCOM_CORRESPONDENCE'), MUNI, null);
    const lineOwn = route(ch('line', 'PHONE_LINE'), MUNI, null);
    const lineServed = route(ch('line', 'PHONE_LINE'), MUNI, 'ppr');
    const elsewhere = route(ch('aarhus-line', 'PHONE_LINE'), org('aarhus', 'MUNICIPALITY', 'MUNICIPALITY', '0751'), 'ppr');
    const ranked = rankRoutes(candidates([], [medcomOwn, lineOwn, lineServed, elsewhere]), q());
    expect(ranked.map((r) => [r.route.channel.id, r.route.servedId])).toEqual([['line', 'ppr']]);
  });

  it('a topic named in the channel’s rules moves it up', () => {
    const ranked = rankRoutes(
      candidates(
        [],
        [route(ch('rådgivning', 'PHONE_LINE'), BUA, 'ppr'), route(ch('telefonlinje', 'PHONE_LINE', 'ESTABLISHED', 'kun angst og depression'), BUA, 'ppr')],
      ),
      q({ topic: 'angst' }),
    );
    expect(ranked.map((r) => r.route.channel.id)).toEqual(['telefonlinje', 'rådgivning']);
    expect(ranked[0]!.score - ranked[1]!.score).toBe(ROUTE_WEIGHTS.topic);
  });
});
