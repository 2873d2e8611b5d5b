// A user account by e-mail, with its password hash and the identity-provider person it is bound
// to, for signing in.
// params: $email
// returns: user (map)
MATCH (u:User {email: $email})
RETURN u {.id, .email, .name, .role, .scopeId, .passwordHash, .oidcSubject} AS user
