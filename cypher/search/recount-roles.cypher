// Makes the search role node of every role a person's key has (as search/merge-roles): run at
// start-up after the search keys are mended, so a store written before roles existed gets them.
// params: none
// returns: roles (integer)
MATCH (k:PersonKey)
WHERE k.role IS NOT NULL
WITH k.role AS role, min(k.compact) AS compact
MERGE (r:SearchRole {key: role})
SET r.compact = compact
RETURN count(r) AS roles
