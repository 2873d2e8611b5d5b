// Confirms a channel (address, times, rules) as right as of $now, by $actor (a user id);
// returns the confirmation it replaces (for the audit trail). No row when there is no such channel.
// params: $id, $now, $actor
// returns: id (string), previousAt (string or null), previousBy (string or null)
MATCH (c:Channel {id: $id})
WITH c, c.confirmedAt AS previousAt, c.confirmedBy AS previousBy
SET c.confirmedAt = $now, c.confirmedBy = $actor
RETURN c.id AS id, previousAt, previousBy
