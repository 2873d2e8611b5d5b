// One hop of the breadth-first search behind connection(): every relationship of the frontier
// nodes that is current on $day and of a type in $types (the "hands": people, groups, channels,
// the organisation tree), with the node at the far end. Nodes in $anchors (the two ends of the
// question) also follow the types in $anchorTypes, so a question may start at a mandate or an
// agreement. Hubs are returned like any node; the caller decides not to expand them.
// Nodes in $providesOnly (channels entered from one they serve) follow only PROVIDES; nodes in
// $notToMembers (umbrellas entered from a member) do not follow PART_OF down to their members:
// those ways would break the rules a path keeps, so they are not read at all.
// Only what the search decides by comes back, in flat columns: on the embedded engine a map
// projection of the far node costs about five times the rest of a row, and the relationship's
// properties about a quarter of the statement (national data, 1-26 frontier nodes: 0.75 -> 0.56,
// 3.8 -> 2.6 ms); the few nodes and relationships on the answer's paths are read once at the
// end (connection/details).
// params: $ids (list of strings), $providesOnly (list of strings), $notToMembers (list of strings), $types (list), $anchors (list of strings), $anchorTypes (list), $day (YYYY-MM-DD)
// returns: from, relId, type (strings), out (boolean: the relationship starts at `from`),
//   id (the far node's id), organisation, group, channel (booleans: its label), kind, validTo (strings or null)
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE (type(r) IN $types OR (a.id IN $anchors AND type(r) IN $anchorTypes))
  AND (r.since IS NULL OR r.since <= $day)
  AND (r.until IS NULL OR r.until >= $day)
  AND (NOT a.id IN $providesOnly OR type(r) = 'PROVIDES')
  AND (NOT a.id IN $notToMembers OR NOT (type(r) = 'PART_OF' AND endNode(r) = a))
RETURN a.id AS from, r.id AS relId, type(r) AS type, startNode(r) = a AS out,
  b.id AS id, b:Organisation AS organisation, b:Group AS group, b:Channel AS channel, b.kind AS kind, b.validTo AS validTo
