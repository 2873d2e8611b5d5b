import { graphqlRequest } from '../../../lib/graphql-client';

export interface AccessLogEntry {
  id: string;
  at: string;
  actorId: string;
  actorEmail: string | null;
  kind: 'READ' | 'EXPORT';
  what: string;
  personIds: string[];
  fields: string[];
}

export interface AccessLogFilter {
  personId?: string;
  actorId?: string;
}

const clean = (f: AccessLogFilter) => Object.fromEntries(Object.entries(f).filter(([, v]) => v));

/** The newest entries of the access log of personal data (admins only). */
export async function readAccessLog(filter: AccessLogFilter, signal?: AbortSignal): Promise<AccessLogEntry[]> {
  const data = await graphqlRequest<{ accessLog: AccessLogEntry[] }>(
    'query AccessLog($f: AccessLogFilter) { accessLog(filter: $f, first: 200) { id at actorId actorEmail kind what personIds fields } }',
    { f: clean(filter) },
    signal,
  );
  return data.accessLog;
}

/** The log as CSV; the server records the download as an export. */
export async function accessLogCsv(filter: AccessLogFilter): Promise<string> {
  const data = await graphqlRequest<{ accessLogCsv: string }>('query AccessLogCsv($f: AccessLogFilter) { accessLogCsv(filter: $f) }', { f: clean(filter) });
  return data.accessLogCsv;
}
