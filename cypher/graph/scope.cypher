// The organisational core of a scoped picture: the root organisation (a municipality or a
// cluster) and every organisation below it through PART_OF and IN_CLUSTER (a municipality's
// units; a cluster's municipalities and hospitals and their units). No row for an unknown id.
// params: $id (string)
// returns: id (string), kind (string), below (list of ids)
MATCH (root:Organisation {id: $id})
OPTIONAL MATCH (u:Organisation)-[:PART_OF|IN_CLUSTER*1..4]->(root)
RETURN root.id AS id, root.kind AS kind, collect(DISTINCT u.id) AS below
