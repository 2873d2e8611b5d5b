// Writes exported follow-ups of gap findings exactly as exported (one node per finding key,
// as gaps/acknowledgement-save keeps them).
// params: $rows (list of maps with a key)
// returns: written (integer)
UNWIND $rows AS row
MERGE (a:GapAcknowledgement {key: row.key})
SET a = row
RETURN count(a) AS written
