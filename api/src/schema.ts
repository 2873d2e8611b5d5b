import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { JSONResolver } from 'graphql-scalars';
import { modulesDir } from './paths.js';
import { organisationResolvers } from './modules/organisation/organisation-resolvers.js';
import { graphResolvers } from './modules/graph/graph-resolvers.js';
import { personResolvers } from './modules/person/person-resolvers.js';
import { groupResolvers } from './modules/group/group-resolvers.js';
import { mandateResolvers } from './modules/mandate/mandate-resolvers.js';
import { channelResolvers } from './modules/channel/channel-resolvers.js';
import { agreementResolvers } from './modules/agreement/agreement-resolvers.js';
import { pathwayResolvers } from './modules/pathway/pathway-resolvers.js';
import { searchResolvers } from './modules/search/search-resolvers.js';
import { vocabularyTypeDefs } from './modules/core/vocabulary-sdl.js';
import { editingTypeDefs } from './modules/core/editing-sdl.js';
import { coreResolvers } from './modules/core/core-resolvers.js';
import { authResolvers } from './modules/auth/auth-resolvers.js';
import { editingResolvers } from './modules/editing/editing-resolvers.js';
import { transferResolvers } from './modules/transfer/transfer-resolvers.js';
import { connectionResolvers } from './modules/connection/connection-resolvers.js';
import { interfacesResolvers } from './modules/interfaces/interfaces-resolvers.js';
import { contactResolvers } from './modules/contact/contact-resolvers.js';
import { statusResolvers } from './modules/status/status-resolvers.js';
import { gapsResolvers } from './modules/gaps/gaps-resolvers.js';
import { vejviserResolvers } from './modules/vejviser/vejviser-resolvers.js';
import { accessLogResolvers } from './modules/access-log/access-log-resolvers.js';
import { freshnessResolvers } from './modules/freshness/freshness-resolvers.js';
import { whatIfResolvers } from './modules/what-if/what-if-resolvers.js';

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
    typeDefs: [vocabularyTypeDefs, ...readTypeDefs(), editingTypeDefs],
    resolvers: [
      { JSON: JSONResolver },
      coreResolvers,
      authResolvers,
      editingResolvers,
      transferResolvers,
      organisationResolvers,
      graphResolvers,
      personResolvers,
      groupResolvers,
      mandateResolvers,
      channelResolvers,
      agreementResolvers,
      pathwayResolvers,
      searchResolvers,
      connectionResolvers,
      interfacesResolvers,
      contactResolvers,
      statusResolvers,
      gapsResolvers,
      vejviserResolvers,
      accessLogResolvers,
      freshnessResolvers,
      whatIfResolvers,
    ],
  });
}
