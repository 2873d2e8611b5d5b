// One relationship by id, with its endpoints and properties.
// One typed branch per relationship type (domain/vocabulary.ts RELATIONSHIP_TYPES; a test holds
// the two lists equal): Neo4j indexes relationship properties per type only, so an untyped
// `[r] WHERE r.id = $id` would scan every relationship of the store.
// params: $id
// returns: id (string), type (string), from (string), to (string), props (map)
CALL () {
  MATCH (a:Entity)-[r:PART_OF {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:IN_CLUSTER {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:WORKS_IN {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:CONTACT_FOR {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:MEMBER_OF {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:REPORTS_TO {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:ANCHORED_IN {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:SECRETARIAT_FOR {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:HOLDS {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:GRANTED_BY {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:CONCERNS {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:PROVIDES {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:SERVES {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:HAS_ELEMENT {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:PARTY_TO {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:IMPLEMENTS {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:STATUS {id: $id}]->(b:Entity) RETURN a, r, b
  UNION ALL
  MATCH (a:Entity)-[r:HAS_STEP {id: $id}]->(b:Entity) RETURN a, r, b
}
RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
