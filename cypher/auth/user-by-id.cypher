// One user account by id, to check a change against it; never the password hash.
// params: $id
// returns: user (map: id, email, name, role, scopeId, version, createdAt, updatedAt)
MATCH (u:User {id: $id})
RETURN u {.id, .email, .name, .role, .scopeId, .version, .createdAt, .updatedAt} AS user
