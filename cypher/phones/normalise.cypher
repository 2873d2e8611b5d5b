// Writes phone numbers in their one stored form. The same number in another form: no new
// version, no audit entry (nothing a reader would call a change), and only where the stored
// value is still the one read ($rows[].was), so an edit made meanwhile is kept.
// params: $rows (list of {id, field ('phone' or 'address'), was, value})
// returns: written (integer)
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
WITH n, row WHERE (row.field = 'phone' AND n.phone = row.was) OR (row.field = 'address' AND n.address = row.was)
SET n.phone = CASE WHEN row.field = 'phone' THEN row.value ELSE n.phone END,
    n.address = CASE WHEN row.field = 'address' THEN row.value ELSE n.address END
RETURN count(n) AS written
