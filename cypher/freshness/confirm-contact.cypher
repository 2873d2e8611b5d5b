// Confirms a fixed-contact assignment (CONTACT_FOR) as right as of $now, by $actor (a user
// id); returns its ends (for the editor's scope) and the confirmation it replaces (for the
// audit trail). No row when there is no such assignment.
// params: $id, $now, $actor
// returns: id (string), personId (string), forId (string), previousAt (string or null), previousBy (string or null)
MATCH (p:Person)-[r:CONTACT_FOR {id: $id}]->(o:Organisation)
WITH p, r, o, r.confirmedAt AS previousAt, r.confirmedBy AS previousBy
SET r.confirmedAt = $now, r.confirmedBy = $actor
RETURN r.id AS id, p.id AS personId, o.id AS forId, previousAt, previousBy
