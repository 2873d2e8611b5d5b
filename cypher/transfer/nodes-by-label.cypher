// Every node of one label with its properties, for a CSV export of a list.
// params: $label (a label from NODE_LABELS)
// returns: props (map)
MATCH (n:Entity)
WHERE $label IN labels(n)
RETURN n {.*} AS props
