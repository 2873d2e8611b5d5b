// The marks of people with more than one WORKS_IN link beside the people who have them now,
// for the check at start and after a bulk write (core/gap-finder/several-workplaces.ts): a
// store written before the marks existed, or by a path that did not keep them, is mended.
// params: none
// returns: marked (list of person ids), counted (list of person ids)
CALL () {
  MATCH (w:SeveralWorkplaces)
  RETURN collect(w.person) AS marked
}
CALL () {
  MATCH (p:Person)
  WHERE COUNT { (p)-[:WORKS_IN]->() } > 1
  RETURN collect(p.id) AS counted
}
RETURN marked, counted
