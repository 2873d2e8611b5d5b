/** The people list's filtered variants: key → file under cypher/ (without `.cypher`). */
export const PERSON_QUERIES = {
  personListInOrganisation: 'person/list-in-organisation',
  personListFixedContacts: 'person/list-fixed-contacts',
} as const;
