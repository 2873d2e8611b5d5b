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
// The ties going out and those coming in are two directed patterns, not startNode(r) = a and
// endNode(r) = a on an undirected one: on the embedded engine startNode(r) builds every property
// column of the store's nodes (see connection/start, which says what type(r) still costs).
// params: $ids (list of strings), $providesOnly (list of strings), $notToMembers (list of strings), $types (list), $anchors (list of strings), $anchorTypes (list), $day (YYYY-MM-DD)
// returns: from, relId, type (strings), out (boolean: the relationship starts at `from`),
//   id (the far node's id), organisation, group, channel (booleans: its label), kind, validTo (strings or null)
UNWIND $ids AS id
MATCH (a:Entity {id: id})
WITH a, a.id IN $anchors AS anchor, a.id IN $providesOnly AS providesOnly, a.id IN $notToMembers AS notToMembers
WITH a, [(a)-[r]->(b:Entity)
    WHERE (type(r) IN $types OR (anchor AND type(r) IN $anchorTypes))
      AND (r.since IS NULL OR r.since <= $day)
      AND (r.until IS NULL OR r.until >= $day)
      AND (NOT providesOnly OR type(r) = 'PROVIDES')
    | [r.id, type(r), true, b.id, b:Organisation, b:Group, b:Channel, b.kind, b.validTo]]
  + [(a)<-[r]-(b:Entity)
    WHERE (type(r) IN $types OR (anchor AND type(r) IN $anchorTypes))
      AND (r.since IS NULL OR r.since <= $day)
      AND (r.until IS NULL OR r.until >= $day)
      AND (NOT providesOnly OR type(r) = 'PROVIDES')
      AND (NOT notToMembers OR type(r) <> 'PART_OF')
    | [r.id, type(r), false, b.id, b:Organisation, b:Group, b:Channel, b.kind, b.validTo]] AS ties
UNWIND ties AS tie
RETURN a.id AS from, tie[0] AS relId, tie[1] AS type, tie[2] AS out,
  tie[3] AS id, tie[4] AS organisation, tie[5] AS group, tie[6] AS channel, tie[7] AS kind, tie[8] AS validTo
