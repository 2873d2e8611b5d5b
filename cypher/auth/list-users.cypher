// Every user account, by e-mail; never the password hash.
// params: (none)
// returns: user (map: id, email, name, role, scopeId, version, createdAt, updatedAt)
MATCH (u:User)
RETURN u {.id, .email, .name, .role, .scopeId, .version, .createdAt, .updatedAt} AS user
ORDER BY u.email
