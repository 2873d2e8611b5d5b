// Writes exported audit entries exactly as exported.
// params: $rows (list of maps with an id)
// returns: written (integer)
UNWIND $rows AS row
MERGE (c:ChangeEvent {id: row.id})
SET c = row
RETURN count(c) AS written
