/** Statements of the access log (who was shown whose personal data, who exported what): key → file under cypher/. */
export const ACCESS_LOG_QUERIES = {
  accessLogRecordRead: 'access-log/record-read',
  accessLogEntries: 'access-log/entries',
  accessLogPurge: 'access-log/purge',
} as const;
