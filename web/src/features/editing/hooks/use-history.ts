import { useAsync } from '../../../lib/use-async';
import { getHistory } from '../api/get-history';

/** The audit trail of one entity; `revision` changes after every write, to read it anew. */
export function useHistory(entityId: string, revision = 0) {
  return useAsync(`${entityId}@${revision}`, (signal) => getHistory(entityId, signal));
}
