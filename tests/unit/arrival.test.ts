import { describe, expect, it } from 'vitest';
import { arrivalOf, withArrival } from '../../api/src/db/arrival.js';

// The embedded engine hands its slots to the statement whose request arrived first; that works
// only if a request's arrival follows its work across awaits and timers, and two requests in
// flight keep their own.
describe('a request’s arrival', () => {
  it('follows the request across awaits and timers, and each request keeps its own', async () => {
    const seen: Array<[string, number, number]> = [];
    const request = (name: string, waitMs: number) =>
      withArrival(async () => {
        const arrived = arrivalOf();
        await new Promise((r) => setTimeout(r, waitMs));
        await Promise.resolve();
        seen.push([name, arrived, arrivalOf()]);
      });
    const first = request('first', 30);
    await new Promise((r) => setTimeout(r, 5));
    const second = request('second', 1);
    await Promise.all([first, second]);
    expect(seen.map(([name]) => name)).toEqual(['second', 'first']);
    for (const [, arrived, later] of seen) expect(later).toBe(arrived);
    const [secondArrival, firstArrival] = [seen[0]![1], seen[1]![1]];
    expect(firstArrival).toBeLessThan(secondArrival);
  });

  it('is the moment of asking outside a request (start-up, jobs)', () => {
    const before = performance.now();
    const asked = arrivalOf();
    expect(asked).toBeGreaterThanOrEqual(before);
    expect(asked).toBeLessThanOrEqual(performance.now());
  });
});
