import type { CypherQuery } from '../../api/src/db/query-catalog.js';

/** A statement written in a test to look at or prepare the store, outside the query catalogue. */
export const adHocCypher = (text: string, params: string[] = []): CypherQuery => ({ name: 'test/ad-hoc', text, params, file: '' });
