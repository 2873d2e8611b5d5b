// Deletes the access log's entries (READ and EXPORT) from before the retention period; the
// edit history (every other ChangeEvent) is kept.
// params: $before
// returns: deleted (integer)
MATCH (c:ChangeEvent)
WHERE c.operation IN ['READ', 'EXPORT'] AND c.at < $before
DETACH DELETE c
RETURN count(*) AS deleted
