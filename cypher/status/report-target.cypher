// What a status report would be about: the organisation (its kind: only a municipality has a
// row in the matrix) and the element (the agreements it belongs to). Nulls for an id that is
// not there; each end is looked up by its indexed id.
// params: $organisationId, $elementId
// returns: organisationId, organisationKind, elementId (each null when not found), agreements (list of ids)
OPTIONAL MATCH (o:Organisation {id: $organisationId})
OPTIONAL MATCH (e:Element {id: $elementId})
OPTIONAL MATCH (a:Agreement)-[:HAS_ELEMENT]->(e)
RETURN o.id AS organisationId, o.kind AS organisationKind, e.id AS elementId, collect(a.id) AS agreements
