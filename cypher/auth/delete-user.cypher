// Deletes a user account at the version the caller read (its sessions are ended first, by
// auth/end-user-sessions); no row when the version is stale or the user is gone.
// The write lock is taken before the versions are compared (see edit/update-node).
// params: $id, $version
// returns: deleted (integer)
MATCH (u:User {id: $id})
SET u._lock = true
REMOVE u._lock
WITH u
WHERE u.version = $version
DETACH DELETE u
RETURN count(*) AS deleted
