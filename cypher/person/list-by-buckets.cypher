// A page of people in Danish name order (as person/list, unfiltered), read from a few buckets
// instead of all people: each person's key carries its bucket (the first characters of its
// sort key, bucketOf in api/src/modules/core/search-keys.ts) and each bucket (PersonBucket)
// its size, kept on write. Cutting names to a prefix keeps their order, so every person of a
// later bucket sorts after every person of an earlier one: the page is the top $limit of
// the buckets from the cursor's ($from) on whose earlier buckets hold no more than $limit
// people (the cursor's own bucket counts none: how many of its people follow the cursor is
// unknown). A bucket is chosen by the sizes of the buckets before it, so no list order is
// relied on. Sizes only steer: when the rows fall short and a bucket was left out (a size
// too high, as a delete leaves it until the next start), the API reads person/list instead.
// params: $from, $after, $nul, $limit
// returns: total (integer, all people), rows (list of person maps with order, in order),
//   skipped (integer, buckets from $from on that were not read)
MATCH (k:PersonKey)
WITH count(k) AS total
CALL () {
  MATCH (b:PersonBucket)
  WHERE b.prefix >= $from
  RETURN collect([b.prefix, coalesce(b.size, 0)]) AS buckets
}
WITH total, buckets,
  [b IN buckets WHERE reduce(before = 0, x IN buckets | before + CASE WHEN x[0] < b[0] AND x[0] <> $from THEN x[1] ELSE 0 END) < $limit | b[0]] AS chosen
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
