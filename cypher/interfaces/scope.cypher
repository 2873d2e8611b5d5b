// The organisation an interface map is drawn for, with the units below it (PART_OF, up to
// three levels): their links count as the organisation's own.
// params: $id
// returns: organisation (map), units (list of maps: id, name, kind, sector)
MATCH (o:Organisation {id: $id})
RETURN o {.id, .name, .kind, .sector, .municipalityCode, .phone, .email, .website} AS organisation,
  [(u:Organisation)-[:PART_OF*1..3]->(o) | u {.id, .name, .kind, .sector}] AS units
