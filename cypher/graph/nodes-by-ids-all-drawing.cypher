// graph/nodes-by-ids-all for a query that does not ask for the nodes' properties (the web
// app's map: it draws by these and reads a selected node's properties when it is selected):
// each of $ids that exists, its label and the properties a map draws by, in no particular
// order. `n {.*}` made the embedded engine project every property (and build a column for
// every property key of the store on its first read, kept for the process's life); these
// seven are the answer's own fields (a visitor sees a person's title for a name). As columns
// rather than a map: Aarhus' 542 nodes, CPU per statement (engine and conversion, interleaved,
// 200 each, load ~10) p50 7.87 ms with n {.*}, 5.30 as a map of the seven, 3.40 as columns.
// params: $ids (list of distinct strings)
// returns: label, id, name, title, kind, sector, shortName, municipalityCode (strings; absent ones null)
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN CASE
    WHEN n:Person THEN 'Person'
    WHEN n:Organisation THEN 'Organisation'
    WHEN n:Group THEN 'Group'
    WHEN n:Channel THEN 'Channel'
    WHEN n:Mandate THEN 'Mandate'
    WHEN n:Agreement THEN 'Agreement'
    WHEN n:Element THEN 'Element'
    WHEN n:Pathway THEN 'Pathway'
    WHEN n:Step THEN 'Step'
  END AS label,
  n.id AS id,
  n.name AS name,
  n.title AS title,
  n.kind AS kind,
  n.sector AS sector,
  n.shortName AS shortName,
  n.municipalityCode AS municipalityCode
