// Stores the follow-up of one gap finding (one node per finding key), replacing what was
// there; run after gaps/acknowledgement-lock in the same transaction, which took the subject's
// lock and compared versions. Properties set to null are removed.
// params: $key, $props (map: id, ruleId, subjectId, state, fingerprint, evidenceIds, assignee, dueDate, note, by, at, version)
// returns: acknowledgement (map)
MERGE (a:GapAcknowledgement {key: $key})
SET a += $props
RETURN a {.*} AS acknowledgement
