// Writes exported nodes of one label exactly as exported (bookkeeping included). A template:
// __LABEL__ is replaced by a label from NODE_LABELS, never by input.
// params: $rows (list of {id, props})
// returns: written (integer)
UNWIND $rows AS row
MERGE (n:__LABEL__ {id: row.id})
ON CREATE SET n:Entity
SET n = row.props
RETURN count(n) AS written
