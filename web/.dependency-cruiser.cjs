/**
 * The web app's import rules (docs/DESIGN.md, "Layers and the import rule"), run by
 * `npm run lint:deps` beside the API's (../.dependency-cruiser.cjs). A separate run because
 * dependency-cruiser's swc parser (17.x, the line that runs on Node 20) cannot read .tsx; here
 * babel strips the types first. Babel drops `import type` lines, so the web-talks-http-only rule
 * sees value imports only.
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
      name: 'web-talks-http-only',
      severity: 'error',
      comment:
        'The web app reaches the API over GraphQL only: no import of API code (each feature states the shapes it reads in its api/types.ts), so the bundle cannot pull in server code. The one exception is the domain (api/src/domain/: the closed vocabularies, the Danish input rules), which imports nothing of the app (rule domain-is-the-floor), so the forms and the server share one source.',
      from: { path: '^web/' },
      to: { path: '^(api|seed|bench|tests|reliability)/', pathNot: '^api/src/domain/' },
    },
    {
      name: 'web-feature-to-feature',
      severity: 'error',
      comment: 'Web features import no other feature (bulletproof-react); shared code is in lib/, i18n/ or app/.',
      from: { path: '^web/src/features/([^/]+)/' },
      to: { path: '^web/src/features/', pathNot: '^web/src/features/$1/' },
    },
    {
      name: 'web-shared-imports-no-feature',
      severity: 'error',
      comment: 'lib/ and i18n/ serve every feature, so they import none; only app/ composes features.',
      from: { path: '^web/src/(lib|i18n)/' },
      to: { path: '^web/src/(features|app)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist)/' },
    babelConfig: { fileName: 'web/babel.depcruise.json' },
    // Package subpaths (csv-parse/sync) resolve through their exports maps, as Node does.
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    tsConfig: { fileName: 'web/tsconfig.json' },
  },
};
