import { renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { findNodes, useFindNodes } from '../../web/src/lib/find-nodes';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * The web app's search client against the real API on the seeded store: the browser's
 * same-origin `fetch('/graphql')` is answered by the app in process (yoga's own fetch).
 */
let t: TestApp;
const asked: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  vi.stubGlobal('fetch', (input: string | URL, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as { variables?: { text?: string } };
    asked.push(body.variables?.text ?? '');
    return t.app.fetch(new URL(String(input), 'http://test/'), init ?? {});
  });
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await t?.close();
});

describe('web lib: findNodes / useFindNodes', () => {
  it('finds PPR Randers from a misspelt, lower-case query', async () => {
    const hits = await findNodes('ppr randrs', { first: 5 });
    expect(hits[0]).toMatchObject({ id: 'org:ppr-randers', label: 'Organisation' });
  });

  it('keeps to the labels asked for', async () => {
    const hits = await findNodes('randers', { first: 20, labels: ['Channel'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.label))).toEqual(new Set(['Channel']));
  });

  it('does not ask for fewer than two letters, and answers for the text the user stopped at', async () => {
    asked.length = 0;
    const { result, rerender } = renderHook(({ text }) => useFindNodes(text), { initialProps: { text: 'p' } });
    await new Promise((r) => setTimeout(r, 300));
    expect(result.current).toBeNull();
    expect(asked).toEqual([]);

    // Typed quickly: only the last text is asked (debounced), and the answer says which text it is for.
    rerender({ text: 'pp' });
    rerender({ text: 'ppr' });
    rerender({ text: 'ppr ran' });
    await waitFor(() => expect(result.current?.text).toBe('ppr ran'));
    expect(asked).toEqual(['ppr ran']);
    expect(result.current!.hits.map((h) => h.id)).toContain('org:ppr-randers');

    // Back under two letters: the answer is cleared.
    rerender({ text: ' p ' });
    await waitFor(() => expect(result.current).toBeNull());
  });
});
