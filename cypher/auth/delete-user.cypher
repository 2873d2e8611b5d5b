// Deletes a user account at the version the caller read (its sessions are ended first, by
// auth/end-user-sessions); no row when the version is stale or the user is gone.
// params: $id, $version
// returns: deleted (integer)
MATCH (u:User {id: $id})
WHERE u.version = $version
DETACH DELETE u
RETURN count(*) AS deleted
