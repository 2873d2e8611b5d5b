// Every follow-up of a gap finding (acknowledgement or assignment), in key order, so a
// restored store keeps them. GapAcknowledgement carries no Entity label: it is not on the map.
// params: none
// returns: followUp (map)
MATCH (a:GapAcknowledgement)
RETURN a {.*} AS followUp
ORDER BY a.key
