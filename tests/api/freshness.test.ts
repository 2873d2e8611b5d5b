import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedIn } from '../support/sign-in.js';

/** Fresh data: when a fixed contact's assignment and its channels were last confirmed, one click to confirm, and the gap rule. */
let t: TestApp;
let editor: Record<string, string>;
let viewer: Record<string, string>;
let outOfScope: Record<string, string>;

const CARDS = `query($o: ID!) { findContact(organisationId: $o, pathwayId: "pathway:adhd", step: 2) {
  contacts { id person { id } confirmation { confirmedAt confirmedBy ageDays } channels { id confirmation { confirmedAt ageDays } } } } }`;
const CONFIRM = 'mutation($id: ID!) { confirmEntry(id: $id) { confirmedAt confirmedBy ageDays } }';

beforeAll(async () => {
  t = await createTestApp();
  editor = await signedIn(t, 'EDITOR');
  viewer = await signedIn(t, 'VIEWER');
  outOfScope = await signedIn(t, 'EDITOR', 'org:cluster-randers');
});
afterAll(() => t.close());

/** A card as CARDS selects it. */
interface Cards {
  findContact: {
    contacts: Array<{
      id: string;
      confirmation: Confirmation;
      channels: Array<{ id: string; confirmation: { confirmedAt: string | null; ageDays: number | null } }>;
    }>;
  };
}
interface Confirmation {
  confirmedAt: string | null;
  confirmedBy: string | null;
  ageDays: number | null;
}
interface Confirmed {
  confirmEntry: { confirmedAt: string; confirmedBy: string; ageDays: number };
}
interface Gaps {
  gaps: { findings: Array<{ ruleId: string; evidenceIds: string[]; sentence: string }> };
}

describe('fresh data', () => {
  it('a card carries its assignment and when it was confirmed; an editor confirms it with one call, audited', async () => {
    const before = await t.gql<Cards>(CARDS, { o: 'org:ppr-horsens' });
    const card = before.data!.findContact.contacts[0]!;
    expect(card.id).toMatch(/^rel:/);
    expect(card.confirmation.confirmedAt).toBeNull();
    // Never confirmed: the age counts from when the assignment began (or was made), or is unknown.
    expect(card.confirmation.ageDays === null || card.confirmation.ageDays >= 0).toBe(true);

    const confirmed = await t.gql<Confirmed>(CONFIRM, { id: card.id }, editor);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmEntry).toMatchObject({ confirmedBy: expect.stringMatching(/^user:/), ageDays: 0 });
    const at = confirmed.data!.confirmEntry.confirmedAt;
    expect(Date.now() - Date.parse(at)).toBeLessThan(60_000);

    const after = await t.gql<Cards>(CARDS, { o: 'org:ppr-horsens' });
    expect(after.data!.findContact.contacts.find((c) => c.id === card.id)!.confirmation).toEqual({
      confirmedAt: at,
      confirmedBy: confirmed.data!.confirmEntry.confirmedBy,
      ageDays: 0,
    });
    const history = await t.gql<{ history: Array<{ operation: string; actor: string }> }>(
      'query($id: ID!) { history(entityId: $id) { operation actor } }',
      { id: card.id },
      editor,
    );
    expect(history.data?.history[0]).toEqual({ operation: 'CONFIRM', actor: confirmed.data!.confirmEntry.confirmedBy });
  });

  it('confirms a channel the same way, and the card shows it', async () => {
    const cards = (await t.gql<Cards>(CARDS, { o: 'org:ppr-horsens' })).data!.findContact.contacts;
    const channel = cards.flatMap((c) => c.channels)[0]!;
    expect(channel.id).toMatch(/^channel:/);
    const r = await t.gql<Confirmed>(CONFIRM, { id: channel.id }, editor);
    expect(r.errors).toBeUndefined();
    const again = (await t.gql<Cards>(CARDS, { o: 'org:ppr-horsens' })).data!.findContact.contacts;
    expect(again.flatMap((c) => c.channels).find((c) => c.id === channel.id)!.confirmation.confirmedAt).toBe(r.data?.confirmEntry.confirmedAt);
  });

  it('is refused to viewers, visitors and editors outside their scope, and for what is not an assignment or channel', async () => {
    const card = (await t.gql<Cards>(CARDS, { o: 'org:ppr-horsens' })).data!.findContact.contacts[0]!;
    expect((await t.gql<unknown>(CONFIRM, { id: card.id })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql<unknown>(CONFIRM, { id: card.id }, viewer)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Horsens lies outside the Randers cluster.
    expect((await t.gql<unknown>(CONFIRM, { id: card.id }, outOfScope)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql<unknown>(CONFIRM, { id: 'org:ppr-horsens' }, editor)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql<unknown>(CONFIRM, { id: 'rel:does-not-exist' }, editor)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('the gap rule lists what nobody has confirmed within the allowed age, and no longer what was just confirmed', async () => {
    const GAPS = `query($d: Int) { gaps(scope: {kind: EVERYTHING}, rules: ["unconfirmed-entry"], staleAfterDays: $d) { findings { ruleId subject { id } evidenceIds sentence } } }`;
    const card = (await t.gql<Cards>(CARDS, { o: 'org:ppr-horsens' })).data!.findContact.contacts[1]!;
    // Allowing one day, everything dated before yesterday is listed.
    const strict = (await t.gql<Gaps>(GAPS, { d: 1 }, viewer)).data!.gaps.findings;
    expect(strict.length).toBeGreaterThan(0);
    expect(strict.every((f) => f.ruleId === 'unconfirmed-entry')).toBe(true);
    const listed = strict.find((f) => f.evidenceIds.includes(card.id));
    expect(listed?.sentence).toMatch(/som fast kontaktperson for .* er sidst bekræftet/);
    await t.gql<unknown>(CONFIRM, { id: card.id }, editor);
    const now = (await t.gql<Gaps>(GAPS, { d: 1 }, viewer)).data!.gaps.findings;
    expect(now.some((f) => f.evidenceIds.includes(card.id))).toBe(false);
    expect(now.length).toBe(strict.length - 1);
  });
});
