// A user account by e-mail, with its password hash, for signing in.
// params: $email
// returns: user (map)
MATCH (u:User {email: $email})
RETURN u {.id, .email, .name, .role, .scopeId, .passwordHash} AS user
