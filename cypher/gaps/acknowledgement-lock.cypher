// Takes the write lock of a gap finding's subject, then reads the finding's follow-up (an
// acknowledgement or assignment), so two editors following up the same finding at once are
// served one after the other: under Neo4j's READ COMMITTED isolation a follow-up read before
// the lock could be overwritten unseen (a lost update). The lock changes nothing stored.
// GapAcknowledgement carries no Entity label: it never shows on the map.
// No row when the subject does not exist.
// params: $subjectId, $key
// returns: subjectId (string), acknowledgement (map or null)
MATCH (s:Entity {id: $subjectId})
SET s._lock = true
REMOVE s._lock
WITH s
OPTIONAL MATCH (a:GapAcknowledgement {key: $key})
RETURN s.id AS subjectId, CASE WHEN a IS NULL THEN NULL ELSE a {.*} END AS acknowledgement
