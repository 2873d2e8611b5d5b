// One page of a scoped picture: of the nodes $ids (in the order the picture shows them: the
// caller sorts them), those that match the label and sector filters (null = any; $keep, a
// focus node or null, is kept regardless), how many they are, and the first $limit of them
// with their properties. Each id is found by an index seek; the label and the properties are
// read only for the page (Aarhus, a page of 10 of its 542 nodes, CPU on a loaded machine: ~2 ms instead of ~13).
// The label is told by a test per label (an entity has one of these and Entity; GraphQL's
// NodeLabel lists the same nine): the embedded engine builds labels(n) as a new list per node,
// which for all 542 cost ~1.3 ms of the ~5.7 (national store, same rows).
// No row when none matches. The id is the one in props (as in graph/nodes-by-ids-all).
// params: $ids (list of strings), $labels (list or null), $sectors (list or null), $keep (string or null), $limit (integer)
// returns: total (integer), label (string), props (map, with the node's id)
UNWIND range(0, size($ids) - 1) AS i
WITH i, $ids[i] AS wanted
MATCH (n:Entity {id: wanted})
WHERE n.id = $keep
  OR (($labels IS NULL OR [l IN labels(n) WHERE l <> 'Entity'][0] IN $labels) AND ($sectors IS NULL OR n.sector IN $sectors))
WITH i, n ORDER BY i
WITH count(n) AS total, collect(n) AS matched
UNWIND matched[0..$limit] AS n
RETURN total,
  CASE
    WHEN n:Person THEN 'Person'
    WHEN n:Organisation THEN 'Organisation'
    WHEN n:Group THEN 'Group'
    WHEN n:Channel THEN 'Channel'
    WHEN n:Mandate THEN 'Mandate'
    WHEN n:Agreement THEN 'Agreement'
    WHEN n:Element THEN 'Element'
    WHEN n:Pathway THEN 'Pathway'
    WHEN n:Step THEN 'Step'
  END AS label,
  n {.*} AS props
