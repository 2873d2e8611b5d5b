/**
 * The import rules of the house (docs/DESIGN.md, "Layers and the import rule"), checked by
 * `npm run lint:deps`, which `npm test` runs. Imports point one way:
 *
 *   tests, bench, reliability, seed  →  api/src (composition root: app, schema, context,
 *   queries, bootstrap, open-db, main, cli)  →  feature modules  →  modules/core  →  db, domain
 *
 * and the web app stands apart: it talks to the API over HTTP only (web/.dependency-cruiser.cjs).
 * Edges that break a rule today and are being removed are listed, by name, in
 * .dependency-cruiser-known-violations.json; a new one fails.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes two files one unit that cannot be read, tested or moved apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that leads nowhere (a moved file, a typo).',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'domain-is-the-floor',
      severity: 'error',
      comment: 'The domain (vocabularies, records, Danish rules) depends on nothing of the application.',
      from: { path: '^api/src/domain/' },
      to: { path: '^api/src/', pathNot: '^api/src/domain/' },
    },
    {
      name: 'db-imports-no-module',
      severity: 'error',
      comment: 'The GraphDb port and its engines know statements and drivers, not features: only db/ and domain/.',
      from: { path: '^api/src/db/' },
      to: { path: '^api/src/', pathNot: '^api/src/(db|domain)/' },
    },
    {
      name: 'key-lists-are-leaves',
      severity: 'error',
      comment:
        'A *-queries.ts holds keys → cypher/ files and imports only the vocabulary, so api/src/queries.ts can gather them and every reader import the catalog type without a cycle.',
      from: { path: '^api/src/.+-queries\\.ts$' },
      to: { path: '^api/src/', pathNot: '^api/src/domain/' },
    },
    {
      name: 'feature-to-feature',
      severity: 'error',
      comment: 'A feature module imports no other feature module; what two need is in modules/core.',
      from: { path: '^api/src/modules/([^/]+)/' },
      to: { path: '^api/src/modules/', pathNot: ['^api/src/modules/core/', '^api/src/modules/$1/'] },
    },
    {
      name: 'core-imports-no-feature',
      severity: 'error',
      comment: 'modules/core is shared by the features, so it cannot lean on one of them.',
      from: { path: '^api/src/modules/core/' },
      to: { path: '^api/src/modules/', pathNot: '^api/src/modules/core/' },
    },
    {
      name: 'api-stands-alone',
      severity: 'error',
      comment: 'The API is what the others build on: it imports nothing from seed/, bench/, tests/, reliability/ or web/.',
      from: { path: '^api/' },
      to: { path: '^(seed|bench|tests|reliability|web)/' },
    },
    {
      name: 'seed-is-a-client',
      severity: 'error',
      comment: 'The seed CLI and tools use api/src; nothing of the benchmark or the tests.',
      from: { path: '^seed/' },
      to: { path: '^(bench|tests|reliability|web)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // tests/web holds .tsx (the web app's unit tests): web/.dependency-cruiser.cjs reads them.
    exclude: { path: ['(^|/)(node_modules|dist|data|test-results|scratch)/', '^tests/web/'] },
    // `import type` counts: a type-only edge is still a dependency a reader must follow.
    tsPreCompilationDeps: true,
    // TypeScript 7 has no compiler API for the tool to parse with; swc reads .ts/.tsx.
    parser: 'swc',
    // Package subpaths (csv-parse/sync) resolve through their exports maps, as Node does.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6', 'cjs'],
  },
};
