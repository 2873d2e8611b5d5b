// Adds each delta to the size of a people list bucket (PersonBucket, made when missing): the
// people whose key entered (+1) or left (-1) it in this transaction (search/write-keys reports
// them). Sizes steer how many buckets the first pages read (person/list-by-buckets); the
// start-up recount (person/recount-buckets) mends sizes an older store left wrong (edit/delete-node
// returns the buckets a delete empties one place of).
// params: $buckets (list of {prefix, delta})
// returns: buckets (integer)
UNWIND $buckets AS bucket
MERGE (b:PersonBucket {prefix: bucket.prefix})
SET b.size = coalesce(b.size, 0) + bucket.delta
RETURN count(b) AS buckets
