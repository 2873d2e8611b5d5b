// Constraints and indexes for the embedded engine. Applied idempotently at every start.
// A uniqueness constraint alone makes inserts quadratic on this engine, so each id also gets an index.
// Search keys (SearchKey, PersonKey) get none: the engine has no text index and sorts the
// people list's order key no faster with a range index (measured on the national dataset).
// params: none
// returns: nothing

CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id);
CREATE CONSTRAINT organisation_id_unique IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE INDEX organisation_id IF NOT EXISTS FOR (n:Organisation) ON (n.id);
CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE INDEX person_id IF NOT EXISTS FOR (n:Person) ON (n.id);
CREATE CONSTRAINT group_id_unique IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE INDEX group_id IF NOT EXISTS FOR (n:Group) ON (n.id);
CREATE CONSTRAINT mandate_id_unique IF NOT EXISTS FOR (n:Mandate) REQUIRE n.id IS UNIQUE;
CREATE INDEX mandate_id IF NOT EXISTS FOR (n:Mandate) ON (n.id);
CREATE CONSTRAINT channel_id_unique IF NOT EXISTS FOR (n:Channel) REQUIRE n.id IS UNIQUE;
CREATE INDEX channel_id IF NOT EXISTS FOR (n:Channel) ON (n.id);
CREATE CONSTRAINT agreement_id_unique IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE INDEX agreement_id IF NOT EXISTS FOR (n:Agreement) ON (n.id);
CREATE CONSTRAINT element_id_unique IF NOT EXISTS FOR (n:Element) REQUIRE n.id IS UNIQUE;
CREATE INDEX element_id IF NOT EXISTS FOR (n:Element) ON (n.id);
CREATE CONSTRAINT pathway_id_unique IF NOT EXISTS FOR (n:Pathway) REQUIRE n.id IS UNIQUE;
CREATE INDEX pathway_id IF NOT EXISTS FOR (n:Pathway) ON (n.id);
CREATE CONSTRAINT step_id_unique IF NOT EXISTS FOR (n:Step) REQUIRE n.id IS UNIQUE;
CREATE INDEX step_id IF NOT EXISTS FOR (n:Step) ON (n.id);
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX organisation_sector IF NOT EXISTS FOR (n:Organisation) ON (n.sector);
CREATE INDEX organisation_municipality_code IF NOT EXISTS FOR (n:Organisation) ON (n.municipalityCode);
CREATE INDEX organisation_location_number IF NOT EXISTS FOR (n:Organisation) ON (n.locationNumber);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE CONSTRAINT user_id_unique IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE INDEX user_id IF NOT EXISTS FOR (n:User) ON (n.id);
CREATE CONSTRAINT user_email_unique IF NOT EXISTS FOR (n:User) REQUIRE n.email IS UNIQUE;
CREATE INDEX user_email IF NOT EXISTS FOR (n:User) ON (n.email);
CREATE CONSTRAINT session_id_unique IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE INDEX session_id IF NOT EXISTS FOR (n:Session) ON (n.id);
CREATE INDEX session_token_hash IF NOT EXISTS FOR (n:Session) ON (n.tokenHash);
CREATE CONSTRAINT change_event_id_unique IF NOT EXISTS FOR (n:ChangeEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_event_id IF NOT EXISTS FOR (n:ChangeEvent) ON (n.id);
CREATE INDEX change_event_entity IF NOT EXISTS FOR (n:ChangeEvent) ON (n.entityId);
CREATE INDEX change_event_from IF NOT EXISTS FOR (n:ChangeEvent) ON (n.fromId);
CREATE INDEX change_event_to IF NOT EXISTS FOR (n:ChangeEvent) ON (n.toId);
// The people list's buckets and anonymous search's roles (api/src/modules/core/search-keys.ts):
// equality seeks from a bucket or a role to its people's keys.
CREATE INDEX person_key_bucket IF NOT EXISTS FOR (k:PersonKey) ON (k.bucket);
CREATE INDEX person_key_role IF NOT EXISTS FOR (k:PersonKey) ON (k.role);
CREATE INDEX person_bucket_prefix IF NOT EXISTS FOR (b:PersonBucket) ON (b.prefix);
CREATE INDEX search_role_key IF NOT EXISTS FOR (r:SearchRole) ON (r.key);
// The marks of people with more than one WORKS_IN link (core/gap-finder/several-workplaces.ts),
// sought by person when a write keeps them.
CREATE INDEX several_workplaces_person IF NOT EXISTS FOR (w:SeveralWorkplaces) ON (w.person);
