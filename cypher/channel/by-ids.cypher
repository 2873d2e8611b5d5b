// Channels by id with the organisations that provide them and those they serve.
// params: $ids (list of strings)
// returns: channel (map), providers, serves (lists of relationship maps with organisation)
MATCH (c:Channel)
WHERE c.id IN $ids
RETURN c {.*} AS channel,
  [(o:Organisation)-[r:PROVIDES]->(c) | r {.*, organisation: o {.*}}] AS providers,
  [(c)-[r:SERVES]->(o:Organisation) | r {.*, organisation: o {.*}}] AS serves
