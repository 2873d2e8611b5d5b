import { describe, expect, it } from 'vitest';
import { allAtOnce } from '../../api/src/db/at-once.js';

const endsAfter = <T>(ms: number, value: T, events: string[], name: string) =>
  new Promise<T>((resolve) =>
    setTimeout(() => {
      events.push(name);
      resolve(value);
    }, ms),
  );

describe('allAtOnce (statements of one transaction sent together)', () => {
  it('answers in the order asked, whichever ends first', async () => {
    const events: string[] = [];
    const [a, b, c] = await allAtOnce([endsAfter(30, 'slow', events, 'a'), endsAfter(1, 2, events, 'b'), endsAfter(10, [3], events, 'c')]);
    expect([a, b, c]).toEqual(['slow', 2, [3]]);
    expect(events).toEqual(['b', 'c', 'a']);
  });

  it('passes a failure on only after every other statement has ended', async () => {
    const events: string[] = [];
    const failing = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('first fails')), 1));
    await expect(allAtOnce([failing, endsAfter(40, 'still running', events, 'slow')])).rejects.toThrow('first fails');
    // Promise.all would have rejected while the slow statement still ran, and the transaction
    // would have ended under it.
    expect(events).toEqual(['slow']);
  });

  it('passes on the first failure in the order asked', async () => {
    const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('late')), 20));
    const early = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('early')), 1));
    await expect(allAtOnce([late, early])).rejects.toThrow('late');
  });
});
