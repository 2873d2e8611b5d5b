// The organisation an interface map is drawn for, with the units below it (PART_OF, up to
// three levels): their links count as the organisation's own.
// The units' pattern starts at o: the embedded engine starts a pattern at its first node, and
// written from the units it walked up from every organisation in the country (about 10×).
// params: $id
// returns: organisation (map), units (list of maps: id, name, kind, sector)
MATCH (o:Organisation {id: $id})
RETURN o {.id, .name, .kind, .sector, .municipalityCode, .phone, .email, .website} AS organisation,
  [(o)<-[:PART_OF*1..3]-(u:Organisation) | u {.id, .name, .kind, .sector}] AS units
