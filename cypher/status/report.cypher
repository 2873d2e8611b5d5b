// Adds one dated status report: a new STATUS relationship from the municipality to the element;
// earlier reports are never touched. The municipality's write lock is taken first (as versioned
// writes do, docs/DESIGN.md, "Engines: one Cypher, two engines"), so two reports of one municipality are written one after the other:
// on the embedded engine the second meets a write conflict and is retried, on Neo4j it waits.
// MERGE by the report's id between the two ends, so the same request sent twice (the same $id)
// lands once; `created` tells the first from a repeat.
// params: $id, $organisationId, $elementId, $props (level, asOf, note, source), $now
// returns: id (string), type (string), from (string), to (string), props (map), created (boolean)
MATCH (o:Organisation {id: $organisationId})
SET o._lock = true
REMOVE o._lock
WITH o
MATCH (e:Element {id: $elementId})
MERGE (o)-[r:STATUS {id: $id}]->(e)
ON CREATE SET r += $props, r.createdAt = $now, r.updatedAt = $now, r.version = 1, r.isNew = true
WITH o, e, r, coalesce(r.isNew, false) AS created
REMOVE r.isNew
RETURN r.id AS id, type(r) AS type, o.id AS from, e.id AS to, properties(r) AS props, created
