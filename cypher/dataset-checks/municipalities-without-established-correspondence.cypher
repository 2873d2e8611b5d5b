// The municipalities of a cluster that provide no established MedCom correspondence channel to
// general practice, with the status of the channel they do have, if any.
// params: $clusterId
// returns: id (string), municipality (string), channelStatuses (list of strings)
MATCH (m:Organisation {kind: 'MUNICIPALITY'})-[:IN_CLUSTER]->(:Organisation {id: $clusterId})
OPTIONAL MATCH (m)-[:PROVIDES]->(c:Channel {kind: 'MEDCOM_CORRESPONDENCE'})
WITH m, collect(c.status) AS channelStatuses
WHERE NOT 'ESTABLISHED' IN channelStatuses
RETURN m.id AS id, m.name AS municipality, channelStatuses
ORDER BY municipality
