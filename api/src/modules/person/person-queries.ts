/** Statements of people() and person(), with the people list's filtered variants: key → file under cypher/ (without `.cypher`). */
export const PERSON_QUERIES = {
  personList: 'person/list',
  peopleByIds: 'person/by-ids',
  personListInOrganisation: 'person/list-in-organisation',
  personListFixedContacts: 'person/list-fixed-contacts',
  personListByBuckets: 'person/list-by-buckets',
  personListByBucketsWithLinks: 'person/list-by-buckets-with-links',
  // Kept by every write of a person's search key (core/search-keys.ts) and mended at start.
  personAdjustBuckets: 'person/adjust-buckets',
  personRecountBuckets: 'person/recount-buckets',
} as const;
