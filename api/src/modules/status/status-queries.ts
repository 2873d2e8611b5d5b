/** Statements of statusMatrix(), statusChanges(), statusReports() and reportStatus(): key → file under cypher/ (without `.cypher`). */
export const STATUS_QUERIES = {
  statusMatrix: 'status/matrix',
  statusCellReports: 'status/cell-reports',
  statusReportTarget: 'status/report-target',
  statusReport: 'status/report',
} as const;
