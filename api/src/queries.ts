import { cypherDir } from './paths.js';
import { bindQueries, instantiate, readCypherDir, type CypherQuery } from './db/query-catalog.js';
import { STORE_QUERIES } from './db/store-queries.js';
import { DATASET_TEMPLATES } from './dataset/dataset-queries.js';
import { ACCESS_LOG_QUERIES } from './modules/access-log/access-log-queries.js';
import { AGREEMENT_QUERIES } from './modules/agreement/agreement-queries.js';
import { AUTH_QUERIES } from './modules/auth/auth-queries.js';
import { CHANNEL_QUERIES } from './modules/channel/channel-queries.js';
import { CONNECTION_QUERIES } from './modules/connection/connection-queries.js';
import { CONTACT_QUERIES } from './modules/contact/contact-queries.js';
import { CORE_QUERIES } from './modules/core/core-queries.js';
import { EDITING_QUERIES, EDITING_TEMPLATES } from './modules/editing/editing-queries.js';
import { FRESHNESS_QUERIES } from './modules/freshness/freshness-queries.js';
import { GAP_FOLLOW_UP_QUERIES } from './modules/gaps/follow-up-queries.js';
import { GAPS_QUERIES } from './modules/gaps/gaps-queries.js';
import { GRAPH_QUERIES } from './modules/graph/graph-queries.js';
import { GROUP_QUERIES } from './modules/group/group-queries.js';
import { INTERFACES_QUERIES } from './modules/interfaces/interfaces-queries.js';
import { MANDATE_QUERIES } from './modules/mandate/mandate-queries.js';
import { ORGANISATION_QUERIES } from './modules/organisation/organisation-queries.js';
import { PATHWAY_QUERIES } from './modules/pathway/pathway-queries.js';
import { PERSON_QUERIES } from './modules/person/person-queries.js';
import { PHONE_QUERIES } from './modules/phones/phone-queries.js';
import { SEARCH_QUERIES } from './modules/search/search-queries.js';
import { STATUS_QUERIES } from './modules/status/status-queries.js';
import { TRANSFER_QUERIES, TRANSFER_TEMPLATES } from './modules/transfer/transfer-queries.js';
import { VEJVISER_QUERIES } from './modules/vejviser/vejviser-queries.js';
import { WHAT_IF_QUERIES } from './modules/what-if/what-if-queries.js';

/*
 * The query catalog: every statement the code runs, by key. Each owner keeps its keys in its
 * own `*-queries.ts` next to its code (a module in api/src/modules/<feature>/, the dataset
 * loader, the store's own in db/store-queries.ts); those files import nothing but the domain's
 * vocabulary, and this file, part of the composition root, only gathers them. So db/ imports
 * no module, and a reader that imports the catalog's type makes no cycle (docs/DESIGN.md,
 * "Query keys"). A new statement: its file under cypher/, its key in its owner's list, and a
 * new owner's list added below.
 */
const KEY_LISTS = [
  STORE_QUERIES,
  ACCESS_LOG_QUERIES,
  AGREEMENT_QUERIES,
  AUTH_QUERIES,
  CHANNEL_QUERIES,
  CONNECTION_QUERIES,
  CONTACT_QUERIES,
  CORE_QUERIES,
  EDITING_QUERIES,
  FRESHNESS_QUERIES,
  GAPS_QUERIES,
  GAP_FOLLOW_UP_QUERIES,
  GRAPH_QUERIES,
  GROUP_QUERIES,
  INTERFACES_QUERIES,
  MANDATE_QUERIES,
  ORGANISATION_QUERIES,
  PATHWAY_QUERIES,
  PERSON_QUERIES,
  SEARCH_QUERIES,
  STATUS_QUERIES,
  PHONE_QUERIES,
  TRANSFER_QUERIES,
  VEJVISER_QUERIES,
  WHAT_IF_QUERIES,
] as const;

const TEMPLATE_LISTS = [DATASET_TEMPLATES, EDITING_TEMPLATES, TRANSFER_TEMPLATES] as const;

type Merged<L extends readonly object[]> = L extends readonly [infer H, ...infer R extends readonly object[]] ? H & Merged<R> : unknown;

/** Every plain statement, by key → file under cypher/ (without `.cypher`). */
export const QUERY_FILES = Object.assign({}, ...KEY_LISTS) as Merged<typeof KEY_LISTS>;

/** Files that are templates over an allow-list (see their headers): one statement per value. */
export const TEMPLATE_FILES = Object.assign({}, ...TEMPLATE_LISTS) as Merged<typeof TEMPLATE_LISTS>;

export type QueryKey = keyof typeof QUERY_FILES;
type TemplateKey = keyof typeof TEMPLATE_FILES;
type TemplateValue<K extends TemplateKey> = (typeof TEMPLATE_FILES)[K]['values'][number];

export type QueryCatalog = Record<QueryKey, CypherQuery> & { [K in TemplateKey]: Record<TemplateValue<K>, CypherQuery> };

/** Loads and binds every query; throws at start-up when a file is missing or two owners claim one key. */
export function loadQueryCatalog(dir: string = cypherDir): QueryCatalog {
  assertDistinctKeys([...KEY_LISTS, ...TEMPLATE_LISTS]);
  const files = readCypherDir(dir);
  const plain = bindQueries(files, QUERY_FILES as Record<QueryKey, string>);
  const templateFiles = bindQueries(files, Object.fromEntries(Object.entries(TEMPLATE_FILES).map(([k, t]) => [k, t.file])) as Record<TemplateKey, string>);
  const templates = Object.fromEntries(
    (Object.keys(TEMPLATE_FILES) as TemplateKey[]).map((k) => [k, instantiate(templateFiles[k], TEMPLATE_FILES[k].placeholder, TEMPLATE_FILES[k].values)]),
  );
  return { ...plain, ...templates } as QueryCatalog;
}

/** Gathering the lists would let a later key silently replace an earlier one of the same name. */
function assertDistinctKeys(lists: readonly object[]): void {
  const seen = new Set<string>();
  const twice = lists.flatMap(Object.keys).filter((k) => seen.size === seen.add(k).size);
  if (twice.length) throw new Error(`query catalog: key(s) claimed twice: ${twice.join(', ')}`);
}
