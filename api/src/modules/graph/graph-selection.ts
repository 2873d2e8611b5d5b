import type { GraphQLResolveInfo } from 'graphql';
import { selectsUnder } from '../core/selection.js';

/** Which of the picture's elements a query asks the stored properties of. */
export interface PropertiesAsked {
  nodes: boolean;
  edges: boolean;
}

const PROPERTIES = new Set(['properties']);

/**
 * Whether a graph query selects `properties` on its `nodes` and on its `edges`. Unlike a page of
 * people, whose look-ahead only decides what is read ahead, a `false` here means the answer is
 * read without the properties; selectsUnder counts every doubt as asked, which is what that needs.
 */
export function propertiesAsked(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): PropertiesAsked {
  return { nodes: selectsUnder(info, 'nodes', PROPERTIES), edges: selectsUnder(info, 'edges', PROPERTIES) };
}
