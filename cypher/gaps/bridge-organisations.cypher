// The organisations behind the only-bridge rule: those in $ids (what the people of
// gaps/bridge-people work in, act for or are fixed contacts for) and the organisation each is
// directly part of (PART_OF), each with its kind, sector and parent, so a unit can be counted
// with its municipality or department. Only these: the rule looks no further, and every
// organisation of the country made the answer grow with it.
// Each organisation's parents are a per-row pattern comprehension: an OPTIONAL MATCH, even with
// o's label restated, was joined with a scan of every organisation and its PART_OF (twice),
// so a cluster's hundred organisations cost what the country's do.
// params: $ids (list of strings)
// returns: id (string), name (string), kind (string), sector (string), parent (map: id, kind) or null
UNWIND $ids AS asked
MATCH (o:Organisation {id: asked})
WITH o.id AS asked, [(o)-[:PART_OF]->(up:Organisation) | up.id] AS ups
UNWIND [asked] + ups AS id
WITH DISTINCT id
MATCH (o:Organisation {id: id})
WITH o, [(o)-[:PART_OF]->(up:Organisation) | up {.id, .kind}] AS parents
RETURN o.id AS id, o.name AS name, o.kind AS kind, o.sector AS sector, head(parents) AS parent
