import { describe, expect, test } from 'vitest';
import { initialLanguage, withLanguage } from '../../web/src/i18n';
import type { Guide, GuideChannel, GuideRoute, GuideStep } from '../../web/src/features/vejviser/api/types';
import { familyGuide } from '../../web/src/features/vejviser/lib/family-guide';
import { groupSteps } from '../../web/src/features/vejviser/lib/professional-steps';

/**
 * The decisions behind the two guides (the browser suite drives them on the seed, where all
 * pathways answer alike): which ways a family can use itself, how rows are shared between
 * pathways and only between pathways that answer alike; and where the language comes from.
 */

const channel = (id: string, kind: string, status = 'ESTABLISHED', address: string | null = null): GuideChannel => ({
  id,
  name: id,
  kind,
  status,
  address,
  schedule: null,
  rules: null,
  providedBy: { id: 'org:x', name: 'X' },
});
const route = (org: string, side: string, c: GuideChannel, rank = 1): GuideRoute => ({
  rank,
  side,
  sentence: '',
  organisation: { id: org, name: org, kind: null },
  channel: c,
});
const step = (number: number, routes: GuideRoute[], contacts: GuideStep['contacts'] = []): GuideStep => ({
  id: `step:${number}`,
  number,
  name: `Trin ${number}`,
  nameLanguage: 'DA',
  description: null,
  contacts,
  routes,
  explanation: '',
});

const phone = channel('channel:phone', 'PHONE_LINE');
const web = channel('channel:web', 'WEBSITE', 'ESTABLISHED', 'https://www.m.dk');
const phone2 = channel('channel:phone-2', 'PHONE_LINE');
const advice = channel('channel:advice', 'ADVISORY_SERVICE');
const mail = channel('channel:notify', 'SECURE_EMAIL');
const planned = channel('channel:planned-phone', 'PHONE_LINE', 'PLANNED');
const bua = channel('channel:bua-phone', 'PHONE_LINE');

function guide(pathways: Array<{ id: string; steps: GuideStep[] }>, units: Guide['units'] = [], websites: GuideChannel[] = []): Guide {
  return {
    municipality: { id: 'org:m', name: 'M Kommune', kind: 'MUNICIPALITY' },
    cluster: null,
    asOf: '2026-01-01',
    intro: '',
    pathways: pathways.map((p) => ({ pathway: { id: p.id, name: p.id, kind: null }, name: p.id, nameLanguage: 'DA', topics: [], steps: p.steps })),
    generalPractice: { contacts: [], routes: [], explanation: '' },
    units,
    websites,
    medcom: { channel: null, status: null, sentence: '' },
  };
}

describe("the families' guide", () => {
  test("only the municipality's established phone lines as numbered ways, each once; websites apart; the units' own too", () => {
    const g = guide(
      [
        {
          id: 'pathway:a',
          steps: [
            step(1, [route('org:unit', 'MUNICIPALITY', phone), route('org:bua', 'REGION', bua), route('org:unit', 'MUNICIPALITY', advice)]),
            step(2, [route('org:unit', 'MUNICIPALITY', phone), route('org:unit', 'MUNICIPALITY', mail), route('org:unit', 'MUNICIPALITY', planned)]),
          ],
        },
      ],
      [{ organisation: { id: 'org:school', name: 'Skole', kind: 'MUNICIPAL_UNIT' }, channels: [web, mail] }],
    );
    const f = familyGuide(g);
    expect(f.ways.map((w) => w.key)).toEqual(['channel:phone']);
    expect(f.websites.map((w) => w.id)).toEqual(['channel:web']);
    expect(f.rows.map((r) => [r.number, r.first])).toEqual([
      [1, ['channel:phone']],
      [2, ['channel:phone']],
    ]);
  });

  test("websites once each, by channel and by address: the API's list first, then those a step or unit names besides; none planned or without an address", () => {
    const region = { ...channel('channel:web-region', 'WEBSITE', 'ESTABLISHED', 'https://www.psykiatrien.rm.dk'), providedBy: { id: 'org:r', name: 'R' } };
    const sameSite = channel('channel:web-again', 'WEBSITE', 'ESTABLISHED', 'HTTPS://www.m.dk/');
    const plannedSite = channel('channel:web-planned', 'WEBSITE', 'PLANNED', 'https://www.later.dk');
    const noAddress = channel('channel:web-nowhere', 'WEBSITE');
    const unitSite = channel('channel:web-school', 'WEBSITE', 'ESTABLISHED', 'https://skole.m.dk');
    const g = guide(
      [
        {
          id: 'pathway:a',
          steps: [step(1, [route('org:m', 'MUNICIPALITY', sameSite), route('org:m', 'MUNICIPALITY', web), route('org:r', 'REGION', region)])],
        },
      ],
      [{ organisation: { id: 'org:school', name: 'Skole', kind: 'MUNICIPAL_UNIT' }, channels: [plannedSite, noAddress, unitSite, web] }],
      [web, region],
    );
    const f = familyGuide(g);
    expect(f.websites.map((w) => w.id)).toEqual(['channel:web', 'channel:web-region', 'channel:web-school']);
    // A website is read, not called: no numbered card and no step points to it.
    expect(f.ways).toEqual([]);
    expect(f.rows.map((r) => r.first)).toEqual([[]]);
  });

  test('pathways that answer alike share a row; one that differs gets its own, and the GP comes first from step 3', () => {
    const alike = [step(1, [route('org:unit', 'MUNICIPALITY', phone)]), step(3, [route('org:unit', 'MUNICIPALITY', phone)])];
    const g = guide([
      { id: 'pathway:a', steps: alike },
      { id: 'pathway:b', steps: alike },
      { id: 'pathway:c', steps: [step(1, [route('org:unit', 'MUNICIPALITY', phone2)]), step(3, [route('org:unit', 'MUNICIPALITY', phone)])] },
    ]);
    const f = familyGuide(g);
    expect(f.samePathways).toBe(false);
    expect(f.rows.map((r) => [r.number, r.pathways.map((p) => p.pathway.id), r.first, r.gpFirst])).toEqual([
      [1, ['pathway:a', 'pathway:b'], ['channel:phone'], false],
      [1, ['pathway:c'], ['channel:phone-2'], false],
      [3, ['pathway:a', 'pathway:b', 'pathway:c'], ['channel:phone'], true],
    ]);
  });

  test('no family way at all: no cards, every step still listed', () => {
    const f = familyGuide(guide([{ id: 'pathway:a', steps: [step(1, [route('org:bua', 'REGION', advice)]), step(2, [])] }]));
    expect(f.ways).toEqual([]);
    expect(f.rows.map((r) => [r.number, r.first])).toEqual([
      [1, []],
      [2, []],
    ]);
    expect(f.samePathways).toBe(true);
  });
});

describe("the professionals' guide", () => {
  test('a step is printed once for the pathways with the same contacts and ways in, in step order', () => {
    const s1 = step(1, [route('org:unit', 'MUNICIPALITY', phone), route('org:bua', 'REGION', advice, 2)]);
    const other = step(1, [route('org:bua', 'REGION', advice), route('org:unit', 'MUNICIPALITY', phone, 2)]);
    const groups = groupSteps(
      guide([
        { id: 'pathway:a', steps: [step(2, []), s1] },
        { id: 'pathway:b', steps: [s1, step(2, [])] },
        { id: 'pathway:c', steps: [other, step(2, [])] },
      ]),
    );
    expect(groups.map((g) => [g.step.number, g.pathways.map((p) => p.pathway.id)])).toEqual([
      [1, ['pathway:a', 'pathway:b']],
      [1, ['pathway:c']],
      [2, ['pathway:a', 'pathway:b', 'pathway:c']],
    ]);
  });
});

describe('the language of a page load', () => {
  const storage = (value: string | null) => ({ getItem: () => value });
  test('?lang= first, then the remembered choice, then Danish; nonsense is ignored', () => {
    expect(initialLanguage('?lang=en', storage('da'))).toBe('en');
    expect(initialLanguage('?lang=da', storage('en'))).toBe('da');
    expect(initialLanguage('', storage('en'))).toBe('en');
    expect(initialLanguage('?lang=fr', storage('xx'))).toBe('da');
    expect(initialLanguage('', null)).toBe('da');
    expect(
      initialLanguage('', {
        getItem: () => {
          throw new Error('storage is off');
        },
      }),
    ).toBe('da');
  });

  test('an address in a language keeps its other parameters and hash', () => {
    expect(withLanguage('/huller?scope=org%3Ax#f', 'en')).toBe('/huller?scope=org%3Ax&lang=en#f');
    expect(withLanguage('/huller?lang=en&scope=y', 'da')).toBe('/huller?scope=y');
    expect(withLanguage('/huller?lang=en', 'da', true)).toBe('/huller?lang=da');
  });
});
