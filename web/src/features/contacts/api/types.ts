/** The shapes findContact() returns (api/src/modules/contact/contact.graphql), as far as the screen reads them. */

export interface NodeRef {
  id: string;
  label: string;
  name: string;
  kind: string | null;
}

export interface ContactChannel {
  id: string;
  name: string;
  kind: string;
  status: string;
  address: string | null;
  schedule: string | null;
  rules: string | null;
  providedBy: NodeRef;
}

export interface ContactPerson {
  id: string;
  /** null for anonymous visitors: personal data. */
  name: string | null;
  title: string | null;
  profession: string | null;
  email: string | null;
  phone: string | null;
}

/** When an entry was last confirmed to be right (null: never); its age in whole days. */
export interface Confirmation {
  confirmedAt: string | null;
  ageDays: number | null;
}

export interface ContactCard {
  /** The fixed-contact assignment, which an editor confirms. */
  id: string;
  rank: number;
  confirmation: Confirmation;
  person: ContactPerson;
  worksIn: NodeRef[];
  contactFor: NodeRef;
  role: string | null;
  topics: string[];
  pathways: NodeRef[];
  steps: number[];
  audience: string[];
  since: string | null;
  until: string | null;
  channels: ContactChannel[];
  fit: { score: number };
  reasons: string[];
  sentence: string;
}

export interface ContactRoute {
  rank: number;
  /** A way to ask about the question; false: loosely related, shown behind "Flere veje". */
  primary: boolean;
  organisation: NodeRef;
  channel: ContactChannel;
  side: string;
  score: number;
  reasons: string[];
  sentence: string;
}

/** One labelled way to reach the answer (the label comes from the API in the chosen language). */
export interface ContactLine {
  kind: 'PHONE' | 'EMAIL' | 'ADDRESS' | 'WEB' | 'HOURS' | 'RULES' | 'LOCATION_NUMBER';
  label: string;
  value: string;
  href: string | null;
}

/** The answer first: whom to contact, how, and one short reason; `text` to copy or e-mail. */
export interface ContactLead {
  kind: 'PERSON' | 'ROUTE';
  who: string;
  what: string | null;
  lines: ContactLine[];
  why: string;
  text: string;
  mailSubject: string;
}

/** The other side of the question (findContact's side argument). */
export type ContactSide = 'REGION' | 'MUNICIPALITY' | 'GENERAL_PRACTICE';

export interface ContactAnswer {
  lead: ContactLead | null;
  from: NodeRef;
  municipality: NodeRef | null;
  pathway: NodeRef | null;
  step: number | null;
  topic: string | null;
  contacts: ContactCard[];
  routes: ContactRoute[];
  fallbackUsed: boolean;
  explanation: string;
}
