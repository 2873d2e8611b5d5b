// Makes the search role nodes (SearchRole) of people's keys that have none yet: a role is a
// person's searched fields but the name (short name, title, profession, address, location
// number, folded and joined: keys.role of search/write-keys), which is all an anonymous
// visitor's search matches people by. Thousands of people share a few hundred roles, so
// search/search-public matches the roles and seeks their people by the indexed PersonKey.role.
// params: $roles (list of {key, compact})
// returns: roles (integer)
UNWIND $roles AS role
MERGE (r:SearchRole {key: role.key})
SET r.compact = role.compact
RETURN count(r) AS roles
