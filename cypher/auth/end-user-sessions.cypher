// Ends every session of a user: after a new role, scope or password, or before deletion, the
// old sessions must not carry on with what they were granted.
// params: $id
// returns: ended (integer)
MATCH (s:Session)-[:SESSION_OF]->(u:User {id: $id})
DETACH DELETE s
RETURN count(*) AS ended
