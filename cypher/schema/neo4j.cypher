// Constraints and indexes for Neo4j 5. Applied idempotently at every start.
// A uniqueness constraint in Neo4j creates its own backing index on the same property.
// params: none
// returns: nothing

CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id_unique IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT group_id_unique IF NOT EXISTS FOR (n:Group) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mandate_id_unique IF NOT EXISTS FOR (n:Mandate) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT channel_id_unique IF NOT EXISTS FOR (n:Channel) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id_unique IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT element_id_unique IF NOT EXISTS FOR (n:Element) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT pathway_id_unique IF NOT EXISTS FOR (n:Pathway) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT step_id_unique IF NOT EXISTS FOR (n:Step) REQUIRE n.id IS UNIQUE;
CREATE INDEX organisation_kind IF NOT EXISTS FOR (n:Organisation) ON (n.kind);
CREATE INDEX organisation_sector IF NOT EXISTS FOR (n:Organisation) ON (n.sector);
CREATE INDEX organisation_municipality_code IF NOT EXISTS FOR (n:Organisation) ON (n.municipalityCode);
CREATE INDEX organisation_location_number IF NOT EXISTS FOR (n:Organisation) ON (n.locationNumber);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE CONSTRAINT user_id_unique IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT user_email_unique IF NOT EXISTS FOR (n:User) REQUIRE n.email IS UNIQUE;
CREATE CONSTRAINT session_id_unique IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE INDEX session_token_hash IF NOT EXISTS FOR (n:Session) ON (n.tokenHash);
CREATE CONSTRAINT change_event_id_unique IF NOT EXISTS FOR (n:ChangeEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_event_entity IF NOT EXISTS FOR (n:ChangeEvent) ON (n.entityId);
CREATE INDEX change_event_from IF NOT EXISTS FOR (n:ChangeEvent) ON (n.fromId);
CREATE INDEX change_event_to IF NOT EXISTS FOR (n:ChangeEvent) ON (n.toId);
CREATE INDEX person_key_order IF NOT EXISTS FOR (k:PersonKey) ON (k.order);
CREATE TEXT INDEX search_key_text IF NOT EXISTS FOR (k:SearchKey) ON (k.text);
// Anonymous search's first part (search/search-public) keeps the organisations', groups' and channels'
// keys whose text or compact holds the typed text: with a TEXT index on both, Neo4j reads the two
// CONTAINS seeks' union instead of all 2,842 StructureKey nodes (the bench's five texts: 954-15,721
// db hits against 11,984-21,949; the five statements 19.0-31.2 ms against 40.1-65.5 ms in three
// alternated runs on a loaded host, #17). The same rows in the same order for 15 texts.
CREATE TEXT INDEX structure_key_text IF NOT EXISTS FOR (k:StructureKey) ON (k.text);
CREATE TEXT INDEX structure_key_compact IF NOT EXISTS FOR (k:StructureKey) ON (k.compact);
// Relationship ids, per type (Neo4j has no index over every type); edit/relationship-state reads them.
CREATE INDEX rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX rel_in_cluster_id IF NOT EXISTS FOR ()-[r:IN_CLUSTER]-() ON (r.id);
CREATE INDEX rel_works_in_id IF NOT EXISTS FOR ()-[r:WORKS_IN]-() ON (r.id);
CREATE INDEX rel_contact_for_id IF NOT EXISTS FOR ()-[r:CONTACT_FOR]-() ON (r.id);
CREATE INDEX rel_member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.id);
CREATE INDEX rel_reports_to_id IF NOT EXISTS FOR ()-[r:REPORTS_TO]-() ON (r.id);
CREATE INDEX rel_anchored_in_id IF NOT EXISTS FOR ()-[r:ANCHORED_IN]-() ON (r.id);
CREATE INDEX rel_secretariat_for_id IF NOT EXISTS FOR ()-[r:SECRETARIAT_FOR]-() ON (r.id);
CREATE INDEX rel_holds_id IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.id);
CREATE INDEX rel_granted_by_id IF NOT EXISTS FOR ()-[r:GRANTED_BY]-() ON (r.id);
CREATE INDEX rel_concerns_id IF NOT EXISTS FOR ()-[r:CONCERNS]-() ON (r.id);
CREATE INDEX rel_provides_id IF NOT EXISTS FOR ()-[r:PROVIDES]-() ON (r.id);
CREATE INDEX rel_serves_id IF NOT EXISTS FOR ()-[r:SERVES]-() ON (r.id);
CREATE INDEX rel_has_element_id IF NOT EXISTS FOR ()-[r:HAS_ELEMENT]-() ON (r.id);
CREATE INDEX rel_party_to_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() ON (r.id);
CREATE INDEX rel_implements_id IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() ON (r.id);
CREATE INDEX rel_status_id IF NOT EXISTS FOR ()-[r:STATUS]-() ON (r.id);
CREATE INDEX rel_has_step_id IF NOT EXISTS FOR ()-[r:HAS_STEP]-() ON (r.id);
// The people list's buckets and anonymous search's roles (api/src/modules/core/search-keys.ts):
// equality seeks from a bucket or a role to its people's keys; one node per bucket and role
// even when two transactions make the same one (MERGE under a uniqueness constraint).
CREATE INDEX person_key_bucket IF NOT EXISTS FOR (k:PersonKey) ON (k.bucket);
CREATE INDEX person_key_role IF NOT EXISTS FOR (k:PersonKey) ON (k.role);
CREATE CONSTRAINT person_bucket_prefix_unique IF NOT EXISTS FOR (b:PersonBucket) REQUIRE b.prefix IS UNIQUE;
CREATE CONSTRAINT search_role_key_unique IF NOT EXISTS FOR (r:SearchRole) REQUIRE r.key IS UNIQUE;
// The marks of people with more than one WORKS_IN link (core/gap-finder/several-workplaces.ts),
// sought by person when a write keeps them.
CREATE INDEX several_workplaces_person IF NOT EXISTS FOR (w:SeveralWorkplaces) ON (w.person);
