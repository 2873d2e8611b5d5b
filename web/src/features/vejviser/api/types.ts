/** The shapes vejviser() returns (api/src/modules/vejviser/vejviser.graphql), as far as the page reads them. */

export interface NodeRef {
  id: string;
  name: string;
  kind: string | null;
}

export interface GuideChannel {
  id: string;
  name: string;
  kind: string;
  status: string;
  address: string | null;
  schedule: string | null;
  rules: string | null;
  supportsAttachments?: boolean | null;
  providedBy: { id: string; name: string };
}

export interface GuideContact {
  rank: number;
  person: { id: string; name: string | null; title: string | null; email: string | null; phone: string | null };
  worksIn: NodeRef[];
  role: string | null;
  topics: string[];
  steps: number[];
  channels: GuideChannel[];
  sentence: string;
}

export interface GuideRoute {
  rank: number;
  organisation: NodeRef;
  channel: GuideChannel;
  side: string;
  sentence: string;
}

export interface GuideStep {
  id: string;
  number: number;
  /** In the page's language when the data has it; nameLanguage says which. */
  name: string;
  nameLanguage: 'DA' | 'EN';
  description: string | null;
  contacts: GuideContact[];
  routes: GuideRoute[];
  explanation: string;
}

export interface GuidePathway {
  /** pathway.name is Danish; name is in the page's language when recorded. */
  pathway: NodeRef;
  name: string;
  nameLanguage: 'DA' | 'EN';
  topics: string[];
  steps: GuideStep[];
}

export interface StatusCell {
  level: string;
  colour: string;
  note: string | null;
  asOf: string;
  elementNumber: number;
}

export interface Guide {
  municipality: NodeRef;
  cluster: NodeRef | null;
  asOf: string;
  intro: string;
  pathways: GuidePathway[];
  generalPractice: { contacts: GuideContact[]; routes: GuideRoute[]; explanation: string };
  units: Array<{ organisation: NodeRef; channels: GuideChannel[] }>;
  /** Websites a family can read, each once; the municipality's own first. */
  websites: GuideChannel[];
  medcom: { channel: GuideChannel | null; status: StatusCell | null; sentence: string };
}
