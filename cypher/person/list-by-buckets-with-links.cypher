// person/list-by-buckets (read its notes: the buckets, their order, when the API reads
// person/list instead) with each person's relationships as person/by-ids reads them, so that a
// page whose query asks for where people work, their contact assignments, memberships or
// mandates is one statement instead of two (the API keeps the people's records for the rest of
// the request). National store, first page of 100, engine and conversion CPU: the two
// statements ~6.8 ms, this one ~5.5 (the people were read twice and the second statement's
// fixed cost is gone). A query that asks for none of them reads person/list-by-buckets: the
// relationships cost ~2.4 ms there.
// params: $from, $after, $nul, $limit
// A row per person, not one row with the people collected: Neo4j's driver decoded the one
// large row slowly (seed, first 100, alternated: client CPU 15.8 ms against 9.6 a row per
// person, wall p50 22.7 against 17.9); the embedded engine takes the same either way (4.9 ms
// CPU). So a page with no people has no row, and the API reads person/list-by-buckets for its total.
// returns: a row per person, in order: total (integer, all people), person (the person's map
//   with order and worksIn, contactFor, memberships, mandates as person/by-ids returns them),
//   skipped (integer, buckets from $from on that were not read)
MATCH (k:PersonKey)
WITH count(k) AS total
CALL () {
  MATCH (b:PersonBucket)
  WITH b.prefix AS prefix, coalesce(b.size, 0) AS size
  WHERE prefix >= $from
  ORDER BY prefix
  RETURN collect([prefix, size]) AS buckets
}
WITH total, buckets, all(i IN range(1, size(buckets) - 1) WHERE buckets[i - 1][0] < buckets[i][0]) AS sorted
WITH total, buckets,
  CASE WHEN sorted
    THEN reduce(acc = [0, []], b IN buckets | CASE WHEN acc[0] >= $limit THEN acc ELSE [acc[0] + CASE WHEN b[0] = $from THEN 0 ELSE b[1] END, acc[1] + [b[0]]] END)[1]
    ELSE []
  END AS chosen
CALL (chosen) {
  UNWIND chosen AS chosenBucket
  WITH DISTINCT chosenBucket AS bucket
  MATCH (k:PersonKey {bucket: bucket})
  WHERE $after IS NULL OR k.order > $after
  WITH k.order AS order
  ORDER BY order
  LIMIT $limit
  WITH order, split(order, $nul)[1] AS id
  MATCH (p:Person {id: id})
  RETURN p {.*, order: order,
    worksIn: [(p)-[r:WORKS_IN]->(o:Organisation) | r {.*, organisation: o {.*}}],
    contactFor: [(p)-[r:CONTACT_FOR]->(o:Organisation) | r {.*, organisation: o {.*}}],
    memberships: [(p)-[r:MEMBER_OF]->(g:Group) | r {.*, group: g {.*}}],
    mandates: [(p)-[r:HOLDS]->(m:Mandate) | r {.*, mandate: m {.*}}]} AS person
}
RETURN total, person, size(buckets) - size(chosen) AS skipped
