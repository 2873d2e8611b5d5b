// Every stored phone number: people's and organisations' `phone`, phone lines' `address`, so
// the start-up check can bring numbers stored before the one form (+45 12 34 56 78) to it.
// params: none
// returns: id (string), field ('phone' or 'address'), value (string)
MATCH (n:Person) WHERE n.phone IS NOT NULL
RETURN n.id AS id, 'phone' AS field, n.phone AS value
UNION ALL
MATCH (n:Organisation) WHERE n.phone IS NOT NULL
RETURN n.id AS id, 'phone' AS field, n.phone AS value
UNION ALL
MATCH (n:Channel) WHERE n.kind = 'PHONE_LINE' AND n.address IS NOT NULL
RETURN n.id AS id, 'address' AS field, n.address AS value
