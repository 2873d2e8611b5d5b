// Changes a user account when it still has the version the caller read (optimistic
// concurrency); no row when the version is stale. Null fields are left as they are, except
// scopeId, which $setScope says whether to write (null = the whole map).
// The write lock is taken before the versions are compared (see edit/update-node).
// params: $id, $version, $name, $role, $setScope, $scopeId, $passwordHash, $now
// returns: user (map: id, email, name, role, scopeId, version, createdAt, updatedAt)
MATCH (u:User {id: $id})
SET u._lock = true
REMOVE u._lock
WITH u
WHERE u.version = $version
SET u.name = coalesce($name, u.name),
    u.role = coalesce($role, u.role),
    u.scopeId = CASE WHEN $setScope THEN $scopeId ELSE u.scopeId END,
    u.passwordHash = coalesce($passwordHash, u.passwordHash),
    u.version = u.version + 1,
    u.updatedAt = $now
RETURN u {.id, .email, .name, .role, .scopeId, .version, .createdAt, .updatedAt} AS user
