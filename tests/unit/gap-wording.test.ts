import { describe, expect, it } from 'vitest';
import { PERSPECTIVES, SECTORS } from '../../api/src/domain/vocabulary.js';
import { GAP_RULE_IDS, type GapFinding, type GapRuleId } from '../../api/src/modules/core/gap-finder/rule.js';
import { PERSPECTIVE_WORD_DA, PERSPECTIVE_WORD_EN, SECTOR_SIDE_DA, SECTOR_SIDE_EN } from '../../api/src/modules/core/gap-finder/words.js';
import { findingKey } from '../../api/src/modules/gaps/finding-key.js';
import type { FindingFacts } from '../../api/src/modules/gaps/gap-wording.js';
import { GAP_RULES } from '../../api/src/modules/gaps/rules/index.js';
import { gapWords } from '../../api/src/modules/gaps/words.js';

/**
 * The gap report's wording tables (gaps/gap-wording.ts, gap-wording-en.ts) on made-up facts:
 * every rule has both, the English has no Danish in it, the vocabulary is complete.
 */

const DANISH =
  /[æøåÆØÅ]|\b(og|ikke|har|ingen|er|til|bør|som|af|med|den|der|fra|hos|mere|dage|før|sidst|udpeg|aftal|mandatet|kanalen|gruppen|kommunen|medlem|medlemmer|formand|sekretariat|seneste)\b/i;

const element = { name: 'Element Name', number: 3, agreement: 'Agreement Name' };
const age = { staleAfterDays: 365, asOf: '2026-01-01' };
/** Facts for every rule, each variant the wording has (names are plain ASCII stand-ins). */
const FACTS: { [R in GapRuleId]: Array<FindingFacts[R]> } = {
  'missing-perspective': [{ group: 'Group G', perspective: 'SCHOOL' }],
  'member-without-mandate': [
    { person: 'Person P', actsFor: 'Org O', represents: ['PPR'], group: 'Group G', holders: 1, grantors: ['Board B', 'Board C'], expired: true },
    { person: 'a person (Title T)', actsFor: null, represents: [], group: 'Group G', holders: 2, grantors: ['Board B'], expired: false },
  ],
  'group-without-mandate': [
    { group: 'Group G', reportsTo: ['Board B'] },
    { group: 'Group G', reportsTo: [] },
  ],
  'municipality-without-bua-contact': [{ municipality: 'Town T', bua: 'BUA' }],
  'bua-without-municipal-contact': [{ municipality: 'Town T', bua: 'BUP' }],
  'channel-not-established': [
    { kind: 'MEDCOM_CORRESPONDENCE', status: 'IN_PROGRESS', providers: ['Town T'], served: ['Org A', 'Org B', 'Org C', 'Org D'] },
    { kind: 'PHONE_LINE', status: 'PLANNED', providers: [], served: [] },
  ],
  'red-status': [{ organisation: 'Town T', element, reported: '2025-01-15' }],
  'stale-status': [
    { organisation: 'Town T', element, reported: '2024-04-01', level: 'GREEN', ...age },
    { organisation: 'Town T', element: { ...element, number: null, agreement: null }, reported: '2024-04-01', level: 'BLUE', ...age },
  ],
  'unconfirmed-entry': [
    { entry: 'CONTACT', person: 'a person (Title T)', organisation: 'Org O', confirmed: '2024-07-01', ...age },
    { entry: 'CHANNEL', channel: 'Line L', organisation: 'Org O', confirmed: '2024-07-01', ...age },
  ],
  'expired-mandate': [
    { mandate: 'Mandate M', level: 'DECIDE', validTo: '2023-12-31', holders: ['Person P', 'Group G'], grantedBy: 'Board B' },
    { mandate: 'Mandate M', level: null, validTo: '2023-12-31', holders: ['a person (Title T)'], grantedBy: null },
  ],
  'expired-membership': [
    { person: 'Person P', group: 'Group G', actsFor: 'Org O', represents: ['PSYCHIATRY', 'SOMATICS'], until: '2021-12-31', groupEnded: true },
    { person: 'a named person', group: 'Group G', actsFor: null, represents: [], until: '2021-12-31', groupEnded: false },
  ],
  'group-without-chair': [
    { group: 'Group G', members: 1 },
    { group: 'Group G', members: 8 },
  ],
  'group-without-secretariat': [{ group: 'Group G' }],
  'group-without-reporting-line': [{ group: 'Group G' }],
  'only-bridge': [
    { person: 'Person P', hand: 'Dept D', sectors: ['GENERAL_PRACTICE', 'MUNICIPALITY'], groups: ['Group G'], organisations: ['Org O'] },
    { person: 'a person (Title T)', hand: 'Dept D', sectors: ['REGION'], groups: [], organisations: [] },
  ],
};

function sentences(lang: 'DA' | 'EN', id: GapRuleId): string[] {
  const say = gapWords(lang).sentences[id] as (f: FindingFacts[GapRuleId]) => string;
  return FACTS[id].map((f) => say(f));
}

describe('gap wording: Danish and English tables of the same shape', () => {
  it('every rule the finder runs has a title, a description and a sentence in both languages', () => {
    expect([...GAP_RULE_IDS].sort()).toEqual(GAP_RULES.map((r) => r.id).sort());
    for (const id of GAP_RULE_IDS)
      for (const lang of ['DA', 'EN'] as const) {
        const words = gapWords(lang);
        expect(words.rules[id]?.title, `${lang} ${id}`).toBeTruthy();
        expect(words.rules[id]?.description, `${lang} ${id}`).toBeTruthy();
        expect(typeof words.sentences[id], `${lang} ${id}`).toBe('function');
      }
  });

  it('every rule’s English sentence is English (and its Danish one Danish, so the check can tell)', () => {
    for (const id of GAP_RULE_IDS) {
      for (const s of sentences('DA', id)) expect(s, id).toMatch(DANISH);
      for (const s of sentences('EN', id)) {
        expect(s, id).not.toMatch(DANISH);
        expect(s, id).toMatch(/^[A-Z].*\.$/);
      }
      expect(gapWords('EN').rules[id].title, id).not.toMatch(DANISH);
      expect(gapWords('EN').rules[id].description, id).not.toMatch(DANISH);
    }
  });

  it('words facts in English: vocabulary, counts and dates', () => {
    expect(sentences('EN', 'missing-perspective')).toEqual([
      'Group G has nobody representing school, which the group is required to have; appoint a member who can speak for school.',
    ]);
    expect(sentences('EN', 'group-without-chair')).toEqual([
      'Group G has 1 member but no chair; appoint a chair to lead the work and follow up.',
      'Group G has 8 members but no chair; appoint a chair to lead the work and follow up.',
    ]);
    expect(sentences('EN', 'channel-not-established')[0]).toBe(
      'MedCom correspondence from Town T to 4 organisations: the channel is being set up; agree on a date when it will be taken into use.',
    );
    expect(sentences('EN', 'stale-status')[0]).toBe(
      'Town T last reported a status for element 3 “Element Name” in Agreement Name on 1 April 2024 (green, “Existing practice”), more than 365 days before 1 January 2026; ask the municipality for a new status.',
    );
    expect(sentences('EN', 'unconfirmed-entry')[0]).toMatch(/^A person \(Title T\) as fixed contact for Org O was last confirmed on 1 July 2024,/);
    expect(sentences('EN', 'only-bridge')[0]).toBe(
      'Person P is the only one linking Dept D with general practice and the municipalities (through Group G and as a contact for or employee of Org O); make sure there is a deputy or one more contact person.',
    );
    expect(sentences('EN', 'member-without-mandate')[0]).toBe(
      'Person P for Org O (representing PPR (educational psychology)) sits on Group G without a decision mandate, while 1 member has one; Board B and Board C should grant a mandate or agree who decides for Org O. The mandate has expired.',
    );
    // Danish as before (tests/api/gaps-english.test.ts holds every seed sentence).
    expect(sentences('DA', 'missing-perspective')).toEqual([
      'Group G har ingen repræsentant for skole, som gruppen skal have; udpeg et medlem, der kan tale for skole.',
    ]);
  });

  it('explains a report in English', () => {
    const explain = gapWords('EN').explanation;
    const bySeverity = [
      { severity: 'HIGH' as const, count: 1 },
      { severity: 'MEDIUM' as const, count: 0 },
      { severity: 'LOW' as const, count: 2 },
    ];
    expect(explain({ everything: true, scopeName: 'hele regionen', ruleCount: 15, total: 3, bySeverity, top: { title: 'Red status', count: 2 } })).toBe(
      '3 gaps in the whole region by 15 rules: 1 of high severity, 2 of low severity. Most under “Red status” (2).',
    );
    expect(explain({ everything: false, scopeName: 'Randersklyngen', ruleCount: 1, total: 0, bySeverity, top: null })).toBe(
      'No gaps found in Randersklyngen by 1 rule.',
    );
  });

  it('has a word for every perspective and sector in both languages', () => {
    for (const p of PERSPECTIVES) {
      expect(PERSPECTIVE_WORD_DA[p], p).toBeTruthy();
      expect(PERSPECTIVE_WORD_EN[p], p).toBeTruthy();
    }
    for (const s of SECTORS) {
      expect(SECTOR_SIDE_DA[s], s).toBeTruthy();
      expect(SECTOR_SIDE_EN[s], s).toBeTruthy();
    }
  });

  it('keys a finding by rule, subject and topic, never by its sentence', () => {
    const finding = (sentence: string): GapFinding => ({
      ruleId: 'missing-perspective',
      severity: 'HIGH',
      subject: { id: 'group:g', label: 'Group', name: 'Group G' },
      sentence,
      evidenceIds: ['group:g'],
      topic: 'SCHOOL',
    });
    const [da, en] = [sentences('DA', 'missing-perspective')[0]!, sentences('EN', 'missing-perspective')[0]!];
    expect(findingKey(finding(da))).toBe('missing-perspective|group:g|SCHOOL');
    expect(findingKey(finding(en))).toBe(findingKey(finding(da)));
  });
});
