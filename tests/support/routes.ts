import fs from 'node:fs';

/**
 * Every screen in ROUTES, read from web/src/app/routes.tsx itself (the web app's modules are not
 * importable from the Node test project), so a screen another feature adds is checked too.
 * Path parameters get a value from the seeded Central Denmark data.
 */
export function routePaths(): string[] {
  const source = fs.readFileSync(new URL('../../web/src/app/routes.tsx', import.meta.url), 'utf8');
  const list = source.slice(source.indexOf('ROUTES'));
  const paths = [...list.matchAll(/\bpath:\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1]!);
  return [...new Set(paths.map(fillParams))];
}

const SAMPLE_PARAMS: Array<[RegExp, string]> = [
  [/cluster|klynge/i, 'org:cluster-randers'],
  [/group|gruppe/i, 'group:implementation-randers'],
  [/person/i, 'person:p030'],
  [/.*/, 'org:municipality-randers'],
];

function fillParams(path: string): string {
  return path.replace(/:(\w+)\??/g, (_, name: string) => encodeURIComponent(SAMPLE_PARAMS.find(([re]) => re.test(name))![1])).replace(/\/\*\??$/, '');
}
