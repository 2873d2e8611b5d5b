import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progress } from '../../api/src/cli/progress.js';

/** A stream that keeps what was written; `isTTY` as a terminal or a log file would say. */
function capture(isTTY: boolean): PassThrough & { isTTY: boolean; columns: number; text(): string } {
  const chunks: string[] = [];
  const out = Object.assign(new PassThrough(), { isTTY, columns: 100, text: () => chunks.join('') });
  out.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  // cli-progress moves the cursor with these in a terminal; a PassThrough has none of its own.
  Object.assign(out, { cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return out;
}

const settle = () => new Promise((r) => setImmediate(r));

describe('progress of a CLI stage', () => {
  it('in a log (not a terminal) writes one line when the stage starts and one when it ends, no frames', async () => {
    const out = capture(false);
    const p = progress('Loading', out);
    for (let done = 2000; done <= 27000; done += 2000) p.update(done, 27000);
    p.update(27000, 27000);
    p.stop();
    await settle();
    const text = out.text();
    expect(text).not.toContain('\r');
    expect(text).not.toContain('\u001b');
    const lines = text.split('\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1)).toEqual(['Loading: 27000 rows…', expect.stringMatching(/^Loading: 27000 of 27000 rows in \d+\.\d s\.$/)]);
  });

  it('writes nothing for a stage that never reported, and stops once', async () => {
    const out = capture(false);
    const quiet = progress('Importing', out);
    quiet.stop();
    const once = progress('Writing', out);
    once.update(5, 10);
    once.stop();
    once.stop();
    await settle();
    expect(out.text().split('\n').filter(Boolean)).toEqual(['Writing: 10 rows…', expect.stringMatching(/^Writing: 5 of 10 rows in /)]);
  });

  it('in a terminal draws a bar redrawn in place with the stage, count and share', async () => {
    const out = capture(true);
    const p = progress('Loading', out);
    p.update(0, 400);
    p.update(400, 400);
    p.stop();
    await settle();
    const text = out.text();
    expect(text).toContain('Loading [');
    expect(text).toContain('400/400 100%');
    expect(text).not.toContain('rows…');
  });
});
