// A node's whole state by id: label, properties and every relationship touching it, as the
// audit trail records it before and after a write and as a restore needs it.
// params: $id
// returns: label (string), props (map), relationships (list of {id, type, from, to, props})
MATCH (n:Entity {id: $id})
RETURN [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
  n {.*} AS props,
  [(n)-[r]->(m:Entity) | {id: r.id, type: type(r), from: n.id, to: m.id, props: properties(r)}] +
  [(m:Entity)-[r]->(n) WHERE m.id <> n.id | {id: r.id, type: type(r), from: m.id, to: n.id, props: properties(r)}] AS relationships
