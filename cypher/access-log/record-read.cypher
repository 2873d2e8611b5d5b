// Records that a signed-in user was shown named people's personal data (name, e-mail, phone)
// in one request: an entry of the access log. It is a ChangeEvent with operation READ, so it
// stays off the map (no Entity label), travels with the audit trail in exports and backups
// and stays outside the content hash. $subjects are the people's ids; $after is JSON text
// naming the operation and the fields shown.
// params: $id, $at, $actor, $entityId, $after, $subjects
// returns: id (string)
CREATE (c:ChangeEvent {id: $id, at: $at, actor: $actor, operation: 'READ', entityId: $entityId,
                       entityLabel: 'PersonalData', after: $after, subjects: $subjects})
RETURN c.id AS id
