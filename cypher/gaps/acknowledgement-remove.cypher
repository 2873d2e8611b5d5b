// Removes the follow-up of one gap finding (the finding is open again); run after
// gaps/acknowledgement-lock in the same transaction.
// params: $key
// returns: removed (integer)
MATCH (a:GapAcknowledgement {key: $key})
DELETE a
RETURN count(*) AS removed
