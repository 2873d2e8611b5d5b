import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { JSONResolver } from 'graphql-scalars';
import { modulesDir } from './paths.js';
import { organisationResolvers } from './modules/organisation/organisation-resolvers.js';
import { graphResolvers } from './modules/graph/graph-resolvers.js';
import { coreResolvers } from './modules/core/core-resolvers.js';
import { authResolvers } from './modules/auth/auth-resolvers.js';
import { editingResolvers } from './modules/editing/editing-resolvers.js';

/** Every module's SDL file, core first so the others can extend its Query type. */
export function readTypeDefs(dir: string = modulesDir): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => Number(!a.startsWith('core')) - Number(!b.startsWith('core')) || a.localeCompare(b))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
}

export function buildSchema() {
  return makeExecutableSchema({
    typeDefs: readTypeDefs(),
    resolvers: [{ JSON: JSONResolver }, coreResolvers, authResolvers, editingResolvers, organisationResolvers, graphResolvers],
  });
}
