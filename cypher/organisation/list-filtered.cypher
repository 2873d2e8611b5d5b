// Organisations with the filters beyond kind and sector (organisation/list serves those alone):
// $municipalityId: the municipality and the units below it; $clusterId: the cluster, the
// organisations in it and the units below those; $text (folded by SEARCH_FOLD) in name, short
// name and location number. Sorting is done in the API with the Danish collator.
// params: $kinds, $sectors, $municipalityId, $clusterId, $text, $fold
// returns: organisation (map of the node's properties)
MATCH (o:Organisation)
WHERE ($kinds IS NULL OR o.kind IN $kinds)
  AND ($sectors IS NULL OR o.sector IN $sectors)
  AND ($municipalityId IS NULL OR EXISTS { (o)-[:PART_OF*0..3]->(:Organisation {id: $municipalityId}) })
  AND ($clusterId IS NULL OR EXISTS { (o)-[:PART_OF|IN_CLUSTER*0..4]->(:Organisation {id: $clusterId}) })
  AND ($text IS NULL
    OR trim(reduce(s = toLower(coalesce(o.name, '') + ' | ' + coalesce(o.shortName, '') + ' | ' + coalesce(o.locationNumber, '')),
      f IN $fold | replace(s, f[0], f[1]))) CONTAINS $text)
RETURN o {.*} AS organisation
