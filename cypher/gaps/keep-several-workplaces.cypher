// Keeps the mark of a person with more than one WORKS_IN link (dated or not) for the given
// people: drops their marks, then marks those who exist and have two or more. Run in the same
// transaction by every write that adds or removes a WORKS_IN link or deletes one of its ends
// (core/gap-finder/several-workplaces.ts); gaps/bridge-ties reads the marks instead of counting
// every person's links (~8 ms of its ~22 nationally). A mark is a node of its own, not a
// property of the person, so no export, content hash, history or version sees it (as search keys).
// The person's write lock is taken before the links are counted: under Neo4j's READ COMMITTED
// two writers each adding a first link would each count one and neither would mark (see
// edit/update-node). A mark left on someone with one link is harmless (the rule checks the
// works); a missing one is not. FOREACH, not SET or DELETE on an OPTIONAL MATCH's null (the
// embedded engine refuses a null there; a deleted person has none).
// params: $ids (list of person ids)
// returns: marked (integer)
UNWIND $ids AS id
WITH DISTINCT id
OPTIONAL MATCH (p:Person {id: id})
FOREACH (x IN CASE WHEN p IS NULL THEN [] ELSE [p] END | SET x._lock = true REMOVE x._lock)
WITH id, p
OPTIONAL MATCH (w:SeveralWorkplaces {person: id})
WITH id, p, collect(w) AS marks
FOREACH (w IN marks | DELETE w)
WITH id, p
WHERE p IS NOT NULL AND COUNT { (p)-[:WORKS_IN]->() } > 1
CREATE (:SeveralWorkplaces {person: id})
RETURN count(*) AS marked
