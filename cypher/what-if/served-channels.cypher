// The organisations the given channels serve (current on $day), each with every established
// channel serving it: which would be left with no established channel.
// params: $channelIds (list of strings), $day (YYYY-MM-DD)
// returns: organisation (map: id, name, kind, sector), channels (list of strings: the established channels serving it)
UNWIND $channelIds AS cid
MATCH (:Channel {id: cid})-[s:SERVES]->(o:Organisation)
WHERE (s.since IS NULL OR s.since <= $day) AND (s.until IS NULL OR s.until >= $day)
WITH DISTINCT o
MATCH (o:Organisation)<-[s2:SERVES]-(c2:Channel)
WHERE (s2.since IS NULL OR s2.since <= $day) AND (s2.until IS NULL OR s2.until >= $day)
  AND coalesce(c2.status, 'ESTABLISHED') = 'ESTABLISHED'
RETURN o {.id, .name, .kind, .sector} AS organisation, collect(DISTINCT c2.id) AS channels
ORDER BY organisation.id
