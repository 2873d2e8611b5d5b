import type { QueryRunner } from '../../db/graph-db.js';
import type { CypherQuery } from '../../db/query-catalog.js';
import { coded } from '../../errors.js';
import { twinOf, type Twin } from '../core/twin-of.js';

/**
 * A create whose every field equals what is stored already is the same request again: a double
 * click, a POST retried after a lost answer, or an outsider replaying one. An outside probe sent
 * `linkMember` twice at once and got two identical memberships (counted twice in the group, drawn
 * as two edges); the same for an organisation. Now the second is refused with CONFLICT naming
 * the first (`extensions.duplicateOf`), so the client can go on with the one that exists.
 *
 * Only an exact twin is refused: a person may be a member of a group again in another period or
 * role, and two people may share a name. An update or a restore that would make a thing the
 * exact twin of another is refused the same way (`except` is the thing itself), so twins cannot
 * be made by a second step either.
 *
 * Refuses (CONFLICT, `duplicateOf`) when the statement's rows hold a twin of `fields` other than
 * `except`; `what` is "The same …". The English message names the stored id for a developer; the
 * Danish one is for people, whose screen offers the way to it (duplicateOf) instead of an id.
 */
export async function refuseTwin(
  tx: QueryRunner,
  query: CypherQuery,
  params: Record<string, unknown>,
  fields: Record<string, unknown>,
  what: Words,
  except?: string,
): Promise<void> {
  const twin = twinOf(await tx.run<Twin>(query, params), fields, except);
  if (twin) {
    throw coded('CONFLICT', { en: `${what.en} exists already (${twin.id}).`, da: `${what.da} findes allerede.` }, { duplicateOf: twin.id });
  }
}

interface Words {
  en: string;
  da: string;
}
