import type { CaseSet } from './contract-case.js';
import { fixtureCases } from './fixture-cases.js';
import { entitiesCases } from './entities-cases.js';
import { connectionCases } from './connection-cases.js';
import { gapsCases } from './gaps-cases.js';
import { contactCases } from './contact-cases.js';
import { statusCases } from './status-cases.js';
import { phoneCases } from './phone-cases.js';
import { peopleListCases, searchKeyWriteCases } from './search-keys-cases.js';
import { accessLogCases } from './access-log-cases.js';
import { searchIndexReadCases, searchIndexWriteCases } from './search-index-cases.js';
import { freshnessCases } from './freshness-cases.js';
import { findNodesCases } from './find-nodes-cases.js';
import { followUpWhatIfCases } from './follow-up-what-if-cases.js';

/** Every group of contract cases; a new module adds its file here. */
export const CASE_SETS: CaseSet[] = [
  { name: 'foundation, accounts, editing, transfer', dataset: 'fixture', cases: fixtureCases },
  { name: 'entities, search and graph views', dataset: 'central-denmark', cases: entitiesCases },
  { name: 'connection and interfaces', dataset: 'central-denmark', cases: connectionCases },
  { name: 'gaps and representation matrix', dataset: 'central-denmark', cases: gapsCases },
  { name: 'findContact and vejviser', dataset: 'central-denmark', cases: contactCases },
  { name: 'status matrix', dataset: 'central-denmark', cases: statusCases },
  { name: 'stored phone numbers in one form', dataset: 'central-denmark', cases: phoneCases },
  { name: 'people list and search keys', dataset: 'central-denmark', cases: peopleListCases },
  { name: 'search keys written and dropped', dataset: 'fixture', cases: searchKeyWriteCases },
  { name: 'people list buckets and search roles', dataset: 'central-denmark', cases: searchIndexReadCases },
  { name: 'people list buckets and search roles kept', dataset: 'fixture', cases: searchIndexWriteCases },
  { name: 'access log', dataset: 'fixture', cases: accessLogCases },
  { name: 'forgiving search', dataset: 'central-denmark', cases: findNodesCases },
  // Last of the seed's sets: it writes two confirmations at its end.
  { name: 'fresh data: confirmations and the unconfirmed gap rule', dataset: 'central-denmark', cases: freshnessCases },
  // After it: what-if reads, then one gap follow-up written, read and removed.
  { name: 'what-if and following gap findings up', dataset: 'central-denmark', cases: followUpWhatIfCases },
];
