// When the given fixed-contact assignments and channels were last confirmed, and by whom,
// with when each was made, or for an assignment without that time the day it began (an entry
// never confirmed is as old as that). Unknown ids are absent.
// params: $assignmentIds, $channelIds
// returns: entries (list of maps: id, confirmedAt, confirmedBy, createdAt)
OPTIONAL MATCH (:Person)-[r:CONTACT_FOR]->(:Organisation)
WHERE r.id IN $assignmentIds
WITH collect({id: r.id, confirmedAt: r.confirmedAt, confirmedBy: r.confirmedBy, createdAt: coalesce(r.createdAt, r.since)}) AS assignments
OPTIONAL MATCH (c:Channel)
WHERE c.id IN $channelIds
WITH assignments, collect({id: c.id, confirmedAt: c.confirmedAt, confirmedBy: c.confirmedBy, createdAt: c.createdAt}) AS channels
RETURN [e IN assignments + channels WHERE e.id IS NOT NULL] AS entries
