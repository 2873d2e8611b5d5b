// The organisational core of a scoped picture: the root organisation (a municipality or a
// cluster) and every organisation below it through PART_OF and IN_CLUSTER (a municipality's
// units; a cluster's municipalities and hospitals and their units). No row for an unknown id.
// The walk starts at the root (found by an index seek) and goes against the arrows: written
// with the unit first, the embedded engine walked out from every organisation of the country
// and kept the paths that reached the root (national dataset, Aarhus: 7,297 paths, ~4 ms; from
// the root: 6 paths, ~0.05 ms).
// params: $id (string)
// returns: id (string), kind (string), below (list of ids)
MATCH (root:Organisation {id: $id})
OPTIONAL MATCH (root)<-[:PART_OF|IN_CLUSTER*1..4]-(u:Organisation)
RETURN root.id AS id, root.kind AS kind, collect(DISTINCT u.id) AS below
