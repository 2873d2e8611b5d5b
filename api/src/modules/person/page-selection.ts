import type { GraphQLResolveInfo } from 'graphql';
import { selectsUnder } from '../core/selection.js';

/**
 * Whether a page's query selects any of `fields` on its `nodes`. It only decides what a
 * statement reads ahead: a field it misses is still answered, by its loader, in a statement of
 * its own; a doubt (a skipped field, an unknown fragment) only reads more.
 */
export function selectsOnNodes(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, fields: ReadonlySet<string>): boolean {
  return selectsUnder(info, 'nodes', fields);
}
