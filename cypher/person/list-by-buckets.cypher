// A page of people in Danish name order (as person/list, unfiltered), read from a few buckets
// instead of all people: each person's key carries its bucket (the first characters of its
// sort key, bucketOf in api/src/modules/core/search-keys.ts) and each bucket (PersonBucket)
// its size, kept on write. Cutting names to a prefix keeps their order, so every person of a
// later bucket sorts after every person of an earlier one: the page is the top $limit of
// the buckets from the cursor's ($from) on whose earlier buckets hold no more than $limit
// people (the cursor's own bucket counts none: how many of its people follow the cursor is
// unknown). The buckets are collected in order and taken while their sizes sum to no more
// than $limit; should the collected list not be in order, none is taken (the API then reads
// person/list, as below). Sizes only steer: when the rows fall short and a bucket was left out (a size
// too high, as a store written by an older version may hold until the start-up recount), the
// API reads person/list instead.
// The buckets are filtered after reading their prefixes: written on the MATCH, the embedded
// engine answered `b.prefix >= $from` by a range scan of PersonBucket.prefix that took ~1.3 ms
// for the ~90 buckets (national store), a third of the statement; read all and filtered, ~0.1 ms.
// person/list-by-buckets-with-links is this statement with each person's relationships.
// params: $from, $after, $nul, $limit
// returns: total (integer, all people), rows (list of person maps with order, in order),
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
  RETURN collect(p {.*, order: order}) AS rows
}
RETURN total, rows, size(buckets) - size(chosen) AS skipped
