/** Statements of groups() and group(): key → file under cypher/ (without `.cypher`). */
export const GROUP_QUERIES = {
  groupList: 'group/list',
  groupsByIds: 'group/by-ids',
} as const;
