// The acting user's role and scope as stored now, read under a write lock on their own account,
// as the first statement of a change to accounts, and in an import's write
// (transfer/acting-editor.ts). Why: the role in the request's session was read before the write;
// two administrators demoting (or deleting) each other at once both passed that check and left
// the store with no administrator at all (an outside probe did it).
// The lock makes the two changes collide: the second waits (Neo4j; a deadlock is retried by the
// driver) or is retried (the embedded engine), reads the demotion and is refused.
// The lock changes nothing stored (as edit/twin-relationships).
// params: $id
// returns: role (string), scopeId (string or null); no row when the account no longer exists
MATCH (u:User {id: $id})
SET u._lock = true
REMOVE u._lock
RETURN u.role AS role, u.scopeId AS scopeId
