// What the start-up recount (person/recount-buckets, search/recount-roles) would make, next to
// what is stored: the people list buckets' sizes as counted from people's keys and as stored,
// and the search roles as people's keys have them and as stored. The start-up compares them
// and writes only when they differ: on the embedded engine the first write after opening a
// store costs the process ~40 MB, which a start that has nothing to mend should not pay.
// params: none
// returns: kind ('bucket' or 'role'), side ('counted' or 'stored'), key (string),
//   size (integer; null for roles), compact (string; null for buckets)
MATCH (k:PersonKey)
WHERE k.bucket IS NOT NULL
RETURN 'bucket' AS kind, 'counted' AS side, k.bucket AS key, count(k) AS size, null AS compact
UNION ALL
MATCH (b:PersonBucket)
RETURN 'bucket' AS kind, 'stored' AS side, b.prefix AS key, b.size AS size, null AS compact
UNION ALL
MATCH (k:PersonKey)
WHERE k.role IS NOT NULL
RETURN 'role' AS kind, 'counted' AS side, k.role AS key, null AS size, min(k.compact) AS compact
UNION ALL
MATCH (r:SearchRole)
RETURN 'role' AS kind, 'stored' AS side, r.key AS key, null AS size, r.compact AS compact
