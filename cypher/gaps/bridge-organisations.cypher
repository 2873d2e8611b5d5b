// The organisations behind the only-bridge rule: those in $ids (what the people of
// gaps/bridge-people work in, act for or are fixed contacts for) and the organisation each is
// directly part of (PART_OF), each with its kind, sector and parent, so a unit can be counted
// with its municipality or department. Only these: the rule looks no further, and every
// organisation of the country made the answer grow with it.
// The OPTIONAL MATCHes restate o's label: the embedded engine joins an OPTIONAL MATCH with a
// scan of its own, and without the label that scan walks every node in the store.
// params: $ids (list of strings)
// returns: id (string), name (string), kind (string), sector (string), parent (map: id, kind) or null
UNWIND $ids AS asked
MATCH (o:Organisation {id: asked})
OPTIONAL MATCH (o:Organisation)-[:PART_OF]->(up:Organisation)
WITH collect(DISTINCT o.id) + collect(DISTINCT up.id) AS wanted
UNWIND wanted AS id
WITH DISTINCT id
MATCH (o:Organisation {id: id})
OPTIONAL MATCH (o:Organisation)-[:PART_OF]->(up:Organisation)
WITH o, collect(CASE WHEN up IS NULL THEN NULL ELSE up {.id, .kind} END) AS parents
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.sector AS sector, head(parents) AS parent
