// The organisations behind the only-bridge rule: kind, sector and the organisation each is
// directly part of (PART_OF), so a unit can be counted with its municipality or department.
// o's label is restated in the OPTIONAL MATCH: the embedded engine joins an OPTIONAL MATCH
// with its own scan, and without the label that scan walks every node in the store.
// params: none
// returns: id (string), name (string), kind (string), sector (string), parent (map: id, kind) or null
MATCH (o:Organisation)
OPTIONAL MATCH (o:Organisation)-[:PART_OF]->(up:Organisation)
WITH o, collect(CASE WHEN up IS NULL THEN NULL ELSE up {.id, .kind} END) AS parents
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.sector AS sector, head(parents) AS parent
