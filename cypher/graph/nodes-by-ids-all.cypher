// Every node of a scoped picture, when no label or sector filter applies and the limit leaves
// them all: each of $ids that exists, its label and properties, in no particular order (the
// caller puts them in its own). graph/nodes-by-ids answers the same rows for such a picture,
// but keeps them in order, counts and pages them through a sort, a collect and an UNWIND of
// every node; without those the statement and its rows cost ~10 % less CPU for the whole picture of
// Aarhus (542 nodes). Each id is found by an index seek; the label is told by a test per label,
// as in graph/nodes-by-ids (labels(n) builds a new list per node). The id is the one in props
// (each value handed over costs, in the engine and in the conversion of the rows: an id column
// beside it was ~0.15 ms of ~4.3 ms CPU for Aarhus).
// params: $ids (list of distinct strings)
// returns: label (string), props (map, with the node's id)
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN CASE
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
