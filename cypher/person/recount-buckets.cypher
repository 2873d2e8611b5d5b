// Counts the people in every list bucket anew (PersonBucket.size, see person/list-by-buckets),
// making the buckets that are missing: run at start-up, after the search keys are mended, so
// a store written before the buckets existed gets them and sizes left too high by deletes
// (delete-node drops a person's key without touching its bucket) are right again.
// params: none
// returns: buckets (integer)
MATCH (b:PersonBucket)
WITH collect(b) AS buckets
FOREACH (b IN buckets | SET b.size = 0)
WITH count(*) AS reset
MATCH (k:PersonKey)
WHERE k.bucket IS NOT NULL
WITH k.bucket AS prefix, count(k) AS size
MERGE (b:PersonBucket {prefix: prefix})
SET b.size = size
RETURN count(b) AS buckets
