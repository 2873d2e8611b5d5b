// Each group in scope active on $asOf with what five rules judge it by, one statement sent once
// per report for missing-perspective (required perspectives no current member represents),
// group-without-chair (current members, none of them CHAIR), group-without-mandate
// (no mandate valid on $asOf; what it reports to and the mandates it held), group-without-secretariat
// (no current SECRETARIAT_FOR and no current member who is SECRETARY) and
// group-without-reporting-line (no REPORTS_TO); each rule picks its groups by kind and fact.
// Why one statement: every statement costs the embedded engine (@grafeo-db/js 0.6.0) ~0.35 ms
// of CPU and the main thread ~0.4 ms whatever it reads, and these five all start from the
// scope's groups and their current memberships. The Aarhus cluster (4 groups): the four group
// statements ~1.4 ms CPU, this 0.4 ms; everything (150 groups) about the same, ~4 ms either way.
// Each row's ties are pattern comprehensions, which the embedded engine runs per row; an
// OPTIONAL MATCH there is a join with a scan of its own. Lists that were collected DISTINCT
// drop repeats with reduce. A group's kind may be null (then no kind rule takes it).
// params: $all (boolean), $groupIds (list of strings), $asOf (YYYY-MM-DD)
// returns: one row, columns (a list of twelve lists, item i of each one group, by id): ids,
// names, kinds ('' when none), members (integer: current memberships), membershipIds (list of
// strings: those memberships), chaired (boolean: one of them is CHAIR), mandated (boolean: holds
// a mandate valid on $asOf), expiredMandateIds (list of strings: every mandate it holds, when
// not mandated), reportsTo (list of [id, name]; a group met twice comes twice), serviced
// (boolean: a current SECRETARIAT_FOR or SECRETARY member), anchoredIn (list of [id, name]),
// missing (list of strings: required perspectives no current membership represents);
// gaps/rules/group-facts.ts makes a record per group of them. Columns, not a map per group
// with maps in it: for everything ~150 rows of 69 KB, ~1.1 ms of the main thread converting.
MATCH (g:Group)
WHERE ($all OR g.id IN $groupIds)
  AND (g.validFrom IS NULL OR g.validFrom <= $asOf) AND (g.validTo IS NULL OR g.validTo >= $asOf)
WITH g,
  [(g)<-[m:MEMBER_OF]-(:Person) WHERE (m.since IS NULL OR m.since <= $asOf) AND (m.until IS NULL OR m.until >= $asOf) | m] AS ms,
  EXISTS {
    (g:Group)-[:HOLDS]->(md:Mandate)
    WHERE (md.validFrom IS NULL OR md.validFrom <= $asOf) AND (md.validTo IS NULL OR md.validTo >= $asOf)
  } AS mandated
WITH g, ms, mandated, reduce(acc = [], x IN ms | acc + coalesce(x.represents, [])) AS covered
WITH g, ms, mandated, covered
ORDER BY g.id
WITH g.id AS id, g.name AS name, coalesce(g.kind, '') AS kind,
  size(ms) AS members,
  [x IN ms | x.id] AS membershipIds,
  any(x IN ms WHERE x.role = 'CHAIR') AS chaired,
  mandated,
  CASE WHEN mandated THEN [] ELSE reduce(acc = [], x IN [(g)-[:HOLDS]->(old:Mandate) | old.id] | CASE WHEN x IN acc THEN acc ELSE acc + [x] END) END AS expiredMandateIds,
  [(g)-[:REPORTS_TO]->(up:Group) | [up.id, up.name]] AS reportsTo,
  EXISTS {
    (g:Group)<-[r:SECRETARIAT_FOR]-()
    WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
  } OR any(x IN ms WHERE x.role = 'SECRETARY') AS serviced,
  [(g)-[:ANCHORED_IN]->(a:Organisation) | [a.id, a.name]] AS anchoredIn,
  [p IN coalesce(g.requiredPerspectives, []) WHERE NOT p IN covered] AS missing
WITH collect(id) AS ids, collect(name) AS names, collect(kind) AS kinds, collect(members) AS members,
  collect(membershipIds) AS membershipIds, collect(chaired) AS chaired, collect(mandated) AS mandated,
  collect(expiredMandateIds) AS expiredMandateIds, collect(reportsTo) AS reportsTo,
  collect(serviced) AS serviced, collect(anchoredIn) AS anchoredIn, collect(missing) AS missing
RETURN [ids, names, kinds, members, membershipIds, chaired, mandated, expiredMandateIds, reportsTo, serviced, anchoredIn, missing] AS columns
