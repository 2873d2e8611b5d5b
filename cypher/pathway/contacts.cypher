// The fixed contact assignments (CONTACT_FOR) that name any of the given pathways in their
// `pathways` list, with the person and the organisation served.
// params: $ids (list of pathway ids)
// returns: contact (relationship map with person and organisation)
MATCH (p:Person)-[r:CONTACT_FOR]->(o:Organisation)
WHERE any(x IN coalesce(r.pathways, []) WHERE x IN $ids)
RETURN r {.*, person: p {.*}, organisation: o {.*}} AS contact
