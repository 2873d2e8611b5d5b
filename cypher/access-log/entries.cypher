// The access log, newest first: reads of named people's personal data (READ) and exports
// (EXPORT), with the actor's e-mail while the account exists. Each filter is optional (null):
// a person seen, an actor, a period [$from, $to) of ISO times.
// params: $subject, $actor, $from, $to, $limit
// returns: entry (map: id, at, actor, actorEmail, operation, after, subjects)
MATCH (c:ChangeEvent)
WHERE c.operation IN ['READ', 'EXPORT']
  AND ($subject IS NULL OR $subject IN coalesce(c.subjects, []))
  AND ($actor IS NULL OR c.actor = $actor)
  AND ($from IS NULL OR c.at >= $from)
  AND ($to IS NULL OR c.at < $to)
WITH c
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
OPTIONAL MATCH (u:User {id: c.actor})
RETURN c {.id, .at, .actor, .operation, .after, subjects: coalesce(c.subjects, []), actorEmail: u.email} AS entry
ORDER BY entry.at DESC, entry.id DESC
