// The status an organisation had on an element of an agreement on a date: the latest STATUS
// with asOf on or before that date, with its note and where it comes from.
// params: $organisationId, $elementId, $asOf
// returns: organisation (string), element (integer), elementName (string), level (string), asOf (string), note (string), inferred (boolean), source (string), sourceDate (string)
MATCH (o:Organisation {id: $organisationId})-[s:STATUS]->(e:Element {id: $elementId})
WHERE s.asOf <= $asOf
WITH o, e, s
ORDER BY s.asOf DESC
LIMIT 1
RETURN o.name AS organisation, e.number AS element, e.name AS elementName, s.level AS level, s.asOf AS asOf,
       s.note AS note, coalesce(s.inferred, false) AS inferred, s.source AS source, s.sourceDate AS sourceDate
