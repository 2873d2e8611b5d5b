/** The shapes the gaps screen reads from the API (see api/src/modules/gaps/gaps.graphql). */
export type Severity = 'HIGH' | 'MEDIUM' | 'LOW';
export type ScopeKind = 'EVERYTHING' | 'CLUSTER' | 'MUNICIPALITY' | 'GROUP';
export type RepresentationState = 'REQUIRED_MISSING' | 'REQUIRED_PRESENT' | 'PRESENT' | 'NONE';

export interface NodeRef {
  id: string;
  label: string;
  name: string;
  kind: string | null;
}

export interface GapScopeInput {
  kind: ScopeKind;
  id?: string;
}

export interface GapScope {
  kind: ScopeKind;
  node: NodeRef | null;
  name: string;
}

export const NODE_REF_FIELDS = 'id label name kind';
