// Care pathways by id with their steps and the mandates concerning them.
// params: $ids (list of strings)
// returns: pathway (map), steps (list of step maps), mandates (list of relationship maps)
MATCH (p:Pathway)
WHERE p.id IN $ids
RETURN p {.*} AS pathway,
  [(p)-[:HAS_STEP]->(s:Step) | s {.*}] AS steps,
  [(m:Mandate)-[r:CONCERNS]->(p) | r {.*, mandate: m {.*}}] AS mandates
