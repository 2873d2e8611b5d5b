// Creates a user account. The e-mail is stored lower-case; its uniqueness is a constraint.
// params: $id, $email, $name, $role, $scopeId, $passwordHash, $oidcSubject (null for an account made here), $now
// returns: user (map: id, email, name, role, scopeId, version; never the password hash)
CREATE (u:User {id: $id, email: $email, name: $name, role: $role, scopeId: $scopeId, passwordHash: $passwordHash,
                oidcSubject: $oidcSubject, createdAt: $now, updatedAt: $now, version: 1})
RETURN u {.id, .email, .name, .role, .scopeId, .version} AS user
