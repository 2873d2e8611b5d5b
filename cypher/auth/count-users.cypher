// How many user accounts exist; the first start creates the admin from the environment.
// params: none
// returns: users (integer)
MATCH (u:User)
RETURN count(u) AS users
