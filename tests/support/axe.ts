import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
}

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical axe-core violations (WCAG 2.1 A/AA and best practice) on the page as it stands. */
export async function seriousViolations(p: Page): Promise<Violation[]> {
  // Evaluated, not added as a <script>: the page's Content Security Policy refuses inline scripts.
  await p.evaluate(AXE_SOURCE);
  // Runs in the browser; this project's tsconfig has no DOM types.
  const result = await p.evaluate(() => {
    const g = globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResult> }; document: unknown };
    return g.axe.run(g.document, {
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
}
