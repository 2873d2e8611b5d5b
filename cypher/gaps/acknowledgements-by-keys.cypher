// The follow-ups (acknowledgements and assignments) of the given gap findings, by finding key.
// Unknown keys are absent.
// params: $keys (list of strings)
// returns: acknowledgement (map)
UNWIND $keys AS key
MATCH (a:GapAcknowledgement {key: key})
RETURN a {.*} AS acknowledgement
ORDER BY a.key
