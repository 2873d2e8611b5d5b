/**
 * Writes seed/data/central-denmark/02-…json onward: the Central Denmark Region dataset as the
 * five source documents in /work/shared/seeds describe it (see seed/data/central-denmark/README.md).
 *
 *   npx tsx seed/tools/build-central-denmark.ts
 *
 * Deterministic: a seeded generator picks the fictitious names, phone numbers and synthetic
 * location numbers, so running it again writes the same files. Facts taken from a document
 * carry `source` and `sourceDate`; what a document only implies also carries `inferred: true`;
 * synthetic detail (every person, every GP practice, times, numbers) carries no source.
 * People are fictitious: names are drawn from lists of common Danish names, never taken from
 * the documents.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withCheckDigit } from '../../api/src/domain/location-number.js';
import { MUNICIPALITIES, slugOf, type Municipality } from '../../api/src/domain/municipalities.js';
import type { Perspective } from '../../api/src/domain/vocabulary.js';
import { Rng } from '../synthetic/prng.js';
import { NameSource, asciiName } from '../synthetic/names.js';

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'central-denmark');
const rng = new Rng(20240410);

// ---------------------------------------------------------------------------------------------
// Sources
const D000 = { source: '000 Kort status fra klyngerne (april 2024)', sourceDate: '2024-04-01' };
// 001 is undated; it is the Randers cluster's part of the status collected in April 2024 (000).
const D001 = { source: '001 Status, implementeringsgruppen Randersklyngen', sourceDate: '2024-04-01' };
const D002 = { source: '002 Skriftlig orientering: Fælles, generisk samarbejdsmodel i børne- og ungdomspsykiatrien', sourceDate: '2022-01-19' };
const D003 = { source: '003 Statusoverblik Norddjurs: Samarbejdsaftale om børn og unge i psykisk mistrivsel', sourceDate: '2023-02-24' };
const D004 = { source: '004 Norddjurs: Samarbejdsmodel for fælles implementering (BUU 10-10-2024)', sourceDate: '2024-10-10' };
type Source = typeof D000;
const inferred = (d: Source) => ({ ...d, inferred: true });

// ---------------------------------------------------------------------------------------------
// Output
type Rec = Record<string, unknown>;
interface OutFile {
  nodes: Rec[];
  relationships: Rec[];
}
const files = new Map<string, OutFile>();
let current!: OutFile;
function file(name: string): void {
  current = files.get(name) ?? { nodes: [], relationships: [] };
  files.set(name, current);
}

const nodeIds = new Set<string>();
function node(label: string, id: string, props: Rec): string {
  if (nodeIds.has(id)) throw new Error(`duplicate node id ${id}`);
  nodeIds.add(id);
  current.nodes.push({ label, id, ...clean(props) });
  return id;
}

const relIds = new Set<string>();
const tail = (id: string) => id.slice(id.indexOf(':') + 1);
function rel(type: string, from: string, to: string, props: Rec = {}, key?: string): string {
  const id = `rel:${type.toLowerCase().replace(/_/g, '-')}:${tail(from)}--${tail(to)}${key ? `:${key}` : ''}`;
  if (id.length > 128) throw new Error(`relationship id too long: ${id}`);
  if (relIds.has(id)) throw new Error(`duplicate relationship id ${id}`);
  relIds.add(id);
  current.relationships.push({ type, id, from, to, ...clean(props) });
  return id;
}

function clean(props: Rec): Rec {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

// ---------------------------------------------------------------------------------------------
// Structure of the region (ids from 01-region-structure.json)
interface ClusterInfo {
  slug: string;
  id: string;
  name: string;
  hospital: string;
  hospitalName: string;
  municipalities: string[];
}
const CLUSTERS: ClusterInfo[] = [
  {
    slug: 'horsens',
    id: 'org:cluster-horsens',
    name: 'Horsensklyngen',
    hospital: 'org:hospital-horsens',
    hospitalName: 'Hospitalsenhed Horsens',
    municipalities: ['hedensted', 'horsens', 'odder', 'skanderborg'],
  },
  {
    slug: 'midt',
    id: 'org:cluster-midt',
    name: 'Klynge Midt',
    hospital: 'org:hospital-midt',
    hospitalName: 'Regionshospitalet Midt',
    municipalities: ['silkeborg', 'skive', 'viborg'],
  },
  {
    slug: 'randers',
    id: 'org:cluster-randers',
    name: 'Randersklyngen',
    hospital: 'org:hospital-randers',
    hospitalName: 'Regionshospitalet Randers',
    municipalities: ['favrskov', 'norddjurs', 'randers', 'syddjurs'],
  },
  {
    slug: 'vest',
    id: 'org:cluster-vest',
    name: 'Klynge Vest',
    hospital: 'org:hospital-vest',
    hospitalName: 'Gødstrup Hospital',
    municipalities: ['herning', 'holstebro', 'ikast-brande', 'lemvig', 'ringkoebing-skjern', 'struer'],
  },
  {
    slug: 'aarhus',
    id: 'org:cluster-aarhus',
    name: 'Aarhusklyngen',
    hospital: 'org:hospital-aarhus',
    hospitalName: 'Aarhus Universitetshospital',
    municipalities: ['aarhus', 'samsoe'],
  },
];

interface Muni {
  slug: string;
  id: string;
  m: Municipality;
  cluster: ClusterInfo;
  domain: string;
  town: string;
}
const DOMAINS: Record<string, string> = { 'ringkoebing-skjern': 'rksk.dk', samsoe: 'samsoe.dk' };
const TOWNS: Record<string, string> = {
  hedensted: 'Juelsminde',
  horsens: 'Horsens',
  odder: 'Odder',
  skanderborg: 'Skanderborg',
  silkeborg: 'Silkeborg',
  skive: 'Skive',
  viborg: 'Viborg',
  favrskov: 'Hinnerup',
  norddjurs: 'Grenaa',
  randers: 'Randers',
  syddjurs: 'Ebeltoft',
  herning: 'Herning',
  holstebro: 'Holstebro',
  'ikast-brande': 'Ikast',
  lemvig: 'Lemvig',
  'ringkoebing-skjern': 'Ringkøbing',
  struer: 'Struer',
  aarhus: 'Aarhus',
  samsoe: 'Tranebjerg',
};
const MUNIS: Muni[] = CLUSTERS.flatMap((cluster) =>
  cluster.municipalities.map((slug) => {
    const m = MUNICIPALITIES.find((x) => x.region === '1082' && slugOf(x.name) === slug);
    if (!m) throw new Error(`no municipality ${slug}`);
    return { slug, id: `org:municipality-${slug}`, m, cluster, domain: DOMAINS[slug] ?? `${slug}.dk`, town: TOWNS[slug]! };
  }),
);
const muni = (slug: string) => MUNIS.find((x) => x.slug === slug)!;
const RANDERS_CLUSTER = CLUSTERS.find((c) => c.slug === 'randers')!;

// ---------------------------------------------------------------------------------------------
// Fictitious people
const names = new NameSource(rng.fork('names'));
const phoneRng = rng.fork('phones');
const emails = new Set<string>();
interface PersonOpts {
  title: string;
  profession?: string;
  domain?: string;
  regionStyle?: boolean;
  phonePrefix?: string;
}
interface PersonRec {
  id: string;
  name: string;
  props: Rec;
}
const people: PersonRec[] = [];

function phone(prefix: string): string {
  const d = prefix + phoneRng.digits(8 - prefix.length);
  return `+45 ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6, 8)}`;
}

function makePerson(opts: PersonOpts): string {
  const n = names.next();
  // A number, not the name: ids reach visitors who may not see names.
  const id = `person:p${String(people.length + 1).padStart(3, '0')}`;
  let email: string | undefined;
  if (opts.domain) {
    const local = opts.regionStyle
      ? asciiName(n.given).replace(/\./g, '').slice(0, 4) + asciiName(n.family).replace(/\./g, '').slice(0, 4)
      : `${asciiName(n.given)}.${asciiName(n.family)}`;
    email = `${local}@${opts.domain}`;
    for (let i = 2; emails.has(email); i++) email = `${local}${i}@${opts.domain}`;
    emails.add(email);
  }
  people.push({
    id,
    name: n.full,
    props: { name: n.full, title: opts.title, profession: opts.profession, email, phone: phone(opts.phonePrefix ?? '8'), fictitious: true },
  });
  return id;
}

// Relationships made while building people, written to 05/06 in order.
const worksIn: Array<[string, string, Rec]> = [];
const contacts: Array<[string, string, Rec]> = [];
const memberships: Array<[string, string, Rec]> = [];
const personMandates: Array<[string, string, Rec]> = [];

function works(person: string, org: string, role: string, extra: Rec = {}): void {
  worksIn.push([person, org, { role, ...extra }]);
}
function member(person: string, group: string, represents: Perspective[], extra: Rec = {}): void {
  memberships.push([person, group, { represents, role: 'MEMBER', ...extra }]);
}

// =============================================================================================
// 02 Organisations
file('02-organisations.json');

// National bodies the documents name.
node('Organisation', 'org:viso', {
  name: 'VISO – national videns- og specialrådgivningsorganisation',
  shortName: 'VISO',
  kind: 'NATIONAL_BODY',
  sector: 'NATIONAL',
  description: "National specialised advice in complex cases; the interface between BUA's advice and VISO is to be clarified (001).",
  ...D001,
});
node('Organisation', 'org:kl', {
  name: 'KL – Kommunernes Landsforening',
  shortName: 'KL',
  kind: 'NATIONAL_BODY',
  sector: 'NATIONAL',
  description: 'Legal clarification of consent for the digital channel between general practice and the municipalities takes place under KL (000).',
  ...D000,
});
node('Organisation', 'org:medcom', {
  name: 'MedCom',
  kind: 'NATIONAL_BODY',
  sector: 'NATIONAL',
  description: 'Standards for digital communication in Danish health care; municipalities and general practice exchange MedCom correspondence letters (003).',
  ...D003,
});

// BUA's advisory unit.
node('Organisation', 'org:bua-raadgivningsenheden', {
  name: 'Rådgivningsenheden, Børne- og Ungdomspsykiatrisk Afdeling',
  shortName: 'BUA Rådgivning',
  kind: 'HOSPITAL_DEPARTMENT',
  sector: 'REGION',
  description: 'Direct contact for municipal staff: general professional sparring, not concrete cases, 1:1 (001).',
  ...D001,
});
rel('PART_OF', 'org:bua-raadgivningsenheden', 'org:bua', D001);

// The somatic children's departments at the cluster hospitals.
const childrensDept = new Map<string, string>();
for (const c of CLUSTERS) {
  const id = `org:boerneafdeling-${c.slug}`;
  childrensDept.set(c.slug, id);
  node('Organisation', id, {
    name: `Børne- og Ungeafdelingen, ${c.hospitalName}`,
    kind: 'HOSPITAL_DEPARTMENT',
    sector: 'REGION',
    description:
      c.slug === 'randers'
        ? 'Somatic children\'s department ("børne- og ungeafsnittet på hospitalet"); asks for structured sparring across somatics, municipality and psychiatry (001).'
        : "Somatic children's department of the cluster hospital.",
    ...(c.slug === 'randers' ? D001 : {}),
  });
  rel('PART_OF', id, c.hospital);
}

// General practice.
node('Organisation', 'org:plo-midtjylland', {
  name: 'PLO-Midtjylland',
  shortName: 'PLO-M',
  kind: 'GP_ORGANISATION',
  sector: 'GENERAL_PRACTICE',
  description: 'The general practitioners\' organisation in the region; represents general practice ("almen praksis") in the clusters and committees.',
});

const STREETS = [
  'Søndergade',
  'Østergade',
  'Vestergade',
  'Nørregade',
  'Torvet',
  'Stationsvej',
  'Kirkevej',
  'Skolegade',
  'Møllevej',
  'Parkvej',
  'Havnegade',
  'Bredgade',
];
const glnRng = rng.fork('gln');
const usedGln = new Set<string>();
function syntheticGln(): string {
  for (;;) {
    const gln = withCheckDigit(`5790001${glnRng.digits(5)}`);
    if (!usedGln.has(gln)) {
      usedGln.add(gln);
      return gln;
    }
  }
}

const practicesOf = new Map<string, string[]>();
const practiceRng = rng.fork('practices');
for (const mu of MUNIS) {
  const count = mu.slug === 'aarhus' || mu.slug === 'randers' ? 3 : mu.slug === 'samsoe' ? 2 : practiceRng.int(2, 3);
  const streets = practiceRng.sample(STREETS, count);
  const ids: string[] = [];
  for (const street of streets) {
    const id = `org:gp-${mu.slug}-${slugOf(street)}`;
    node('Organisation', id, {
      name: `Lægehuset ${street}, ${mu.town}`,
      kind: 'GP_PRACTICE',
      sector: 'GENERAL_PRACTICE',
      municipalityCode: mu.m.code,
      locationNumber: syntheticGln(),
      phone: phone('8'),
      description: 'Synthetic GP practice: name and location number are made up (valid GS1 check digit).',
    });
    rel('PART_OF', id, 'org:plo-midtjylland');
    rel('IN_CLUSTER', id, mu.cluster.id);
    ids.push(id);
  }
  practicesOf.set(mu.slug, ids);
}

// Private practising child and adolescent psychiatrists (003 names them as a group; these two are synthetic).
const PRIVATE_SPECIALISTS = [
  { id: 'org:speciallaege-bup-aarhus', name: 'Speciallægepraksis i børne- og ungdomspsykiatri, Aarhus C', mu: 'aarhus' },
  { id: 'org:speciallaege-bup-randers', name: 'Speciallægepraksis i børne- og ungdomspsykiatri, Randers', mu: 'randers' },
];
for (const s of PRIVATE_SPECIALISTS) {
  node('Organisation', s.id, {
    name: s.name,
    kind: 'PRIVATE_SPECIALIST',
    sector: 'GENERAL_PRACTICE',
    municipalityCode: muni(s.mu).m.code,
    locationNumber: syntheticGln(),
    description:
      'Synthetic private practising specialist in child and adolescent psychiatry; the municipality keeps such specialists informed of its efforts (003).',
  });
  rel('IN_CLUSTER', s.id, muni(s.mu).cluster.id);
}

// The municipal units, in every municipality.
interface UnitKind {
  key: string;
  name: (mu: Muni) => string;
  perspective: Perspective;
  leaderTitle: string;
  profession: string;
  validFrom?: string;
  description: string;
}
const UNIT_KINDS: UnitKind[] = [
  {
    key: 'ppr',
    name: (mu) => `PPR – Pædagogisk Psykologisk Rådgivning, ${mu.m.officialName}`,
    perspective: 'PPR',
    leaderTitle: 'Leder af PPR',
    profession: 'Psykolog',
    description: 'Educational-psychological counselling for children in day care and school.',
  },
  {
    key: 'sundhedspleje',
    name: (mu) => `Sundhedsplejen, ${mu.m.officialName}`,
    perspective: 'HEALTH_VISITING',
    leaderTitle: 'Ledende sundhedsplejerske',
    profession: 'Sundhedsplejerske',
    description: 'Health visiting for families with infants and for school children.',
  },
  {
    key: 'familie',
    name: (mu) => (mu.slug === 'norddjurs' ? 'Børne- og Familieafdelingen, Norddjurs Kommune' : `Familieafdelingen, ${mu.m.officialName}`),
    perspective: 'FAMILY_SOCIAL',
    leaderTitle: 'Familiechef',
    profession: 'Socialrådgiver',
    description: 'Family department: social efforts for children, young people and families; receives notifications (underretninger).',
  },
  {
    key: 'skole',
    name: (mu) => `Skoleområdet, ${mu.m.officialName}`,
    perspective: 'SCHOOL',
    leaderTitle: 'Skolechef',
    profession: 'Lærer',
    description: 'The municipal school area (folkeskolerne).',
  },
  {
    key: 'kui',
    name: (mu) => `Kommunal ungeindsats (KUI), ${mu.m.officialName}`,
    perspective: 'YOUTH_GUIDANCE',
    leaderTitle: 'Leder af ungeindsatsen',
    profession: 'Uddannelsesvejleder',
    description: 'Municipal youth effort: guidance towards education and work for young people.',
  },
  {
    key: 'behandlingstilbud',
    name: (mu) => `Det kommunale behandlingstilbud til børn og unge i psykisk mistrivsel, ${mu.m.officialName}`,
    perspective: 'MUNICIPAL_TREATMENT',
    leaderTitle: 'Leder af behandlingstilbuddet',
    profession: 'Psykolog',
    validFrom: '2024-07-01',
    description:
      'Easily accessible municipal treatment offer (lettilgængeligt behandlingstilbud), in every municipality from July 2024 under the 10-year psychiatry plan.',
  },
];
const unitId = (key: string, slug: string) => `org:${key}-${slug}`;
for (const mu of MUNIS) {
  for (const u of UNIT_KINDS) {
    const id = unitId(u.key, mu.slug);
    const documented = mu.slug === 'norddjurs' && (u.key === 'ppr' || u.key === 'familie') ? D003 : u.key === 'behandlingstilbud' ? D004 : undefined;
    node('Organisation', id, {
      name: u.name(mu),
      kind: 'MUNICIPAL_UNIT',
      sector: 'MUNICIPALITY',
      municipalityCode: mu.m.code,
      validFrom: u.validFrom,
      description: u.description,
      ...documented,
    });
    rel('PART_OF', id, mu.id, u.validFrom ? { since: u.validFrom } : {});
  }
}

// =============================================================================================
// 03 Agreements, elements, pathways and steps
file('03-agreements-pathways.json');

const AGREEMENT = 'agreement:boern-unge-psykisk-mistrivsel';
node('Agreement', AGREEMENT, {
  name: 'Samarbejdsaftale om børn og unge i psykisk mistrivsel',
  description:
    'Common frame for cross-sector communication and coordination in the health clusters about children and young people aged 0–18 in mental distress. Not fully implemented in any of the 5 clusters in April 2024 (000).',
  ...D001,
});
const ELEMENTS = [
  {
    n: 1,
    name: 'Kommunikationsvej mellem almen praksis og kommuner',
    description:
      'Oprettelse af kommunikationsvej mellem almen praksis og kommuner om børn og unge i psykisk mistrivsel: digital kommunikation og anvendelse af korrespondancebreve (MedCom).',
  },
  {
    n: 2,
    name: 'Rådgivning og kompetenceudvikling fra Børne- og Ungdomspsykiatrisk Afdeling',
    description:
      'Underretning; fast kontaktperson og faste tidspunkter for virtuelle møder; sparring; supervision; virtuel undervisning i psykopatologi mhp. kompetenceudvikling.',
  },
  {
    n: 3,
    name: 'Implementering af de tværsektorielle anbefalinger i forløbsprogrammerne',
    description:
      'Forløbsprogrammer for børn og unge med angst og/eller depression, ADHD og spiseforstyrrelser: samtidige og koordinerede indsatser; fælles målsætninger med barnet/den unge og forældre; kontaktpersoner på hvert indsatstrin og i hver sektor; kommune og almen praksis kan rådspørge børne- og ungdomspsykiatrien; psykiatrien etablerer tidlig kontakt; kommunen holder psykiatrien og privatpraktiserende speciallæger orienteret; overgange planlægges individuelt; fire-trinsmodel for graduerede indsatser; lokal implementeringsplan; fælles kompetenceudvikling; monitorering og evaluering.',
  },
];
const elementId = (n: number) => `element:mistrivsel-${n}`;
for (const e of ELEMENTS) {
  node('Element', elementId(e.n), { name: e.name, number: e.n, description: e.description, ...D001 });
  rel('HAS_ELEMENT', AGREEMENT, elementId(e.n), D001);
}
rel('PARTY_TO', 'org:region-midtjylland', AGREEMENT, D000);
for (const mu of MUNIS) rel('PARTY_TO', mu.id, AGREEMENT, inferred(D000));

const HEALTH_AGREEMENT = 'agreement:sundhedsaftale-2024-2027';
node('Agreement', HEALTH_AGREEMENT, {
  name: 'Sundhedsaftalen 2024–27',
  shortName: 'Sundhedsaftalen',
  validFrom: '2024-01-01',
  validTo: '2027-12-31',
  description:
    "The health agreement between the region and the 19 municipalities; children's and young people's mental well-being is a special priority (004).",
  ...D004,
});
rel('PARTY_TO', 'org:region-midtjylland', HEALTH_AGREEMENT, inferred(D004));
for (const mu of MUNIS) rel('PARTY_TO', mu.id, HEALTH_AGREEMENT, inferred(D004));

const MODEL = 'agreement:samarbejdsmodel-behandlingstilbud';
node('Agreement', MODEL, {
  name: 'Samarbejdsmodel for en fælles implementering af det kommunale behandlingstilbud til børn og unge i mistrivsel i Midtjylland',
  shortName: 'Midtjysk samarbejdsmodel',
  description:
    "A binding partnership between the sectors for fast, uniform access to treatment across the 19 municipalities, the region and general practice. Sundhedsstyregruppen decided on 13 May 2024 to develop it; approved by KOSU and Sundhedsstyregruppen, and by Norddjurs' children and youth committee on 10 October 2024.",
  ...D004,
});
const MODEL_ELEMENTS = [
  'En fælles implementeringsgruppe på tværs af kommuner, region og almen praksis',
  'Samarbejde om data, IT, kommunikation og juridiske afklaringer',
  'STIME-modellen: fælles forpligtende partnerskab og tidlig indsats',
  'Et sekretariat, der understøtter gruppen og de lokale samarbejder',
];
MODEL_ELEMENTS.forEach((name, i) => {
  node('Element', `element:samarbejdsmodel-${i + 1}`, { name, number: i + 1, ...D004 });
  rel('HAS_ELEMENT', MODEL, `element:samarbejdsmodel-${i + 1}`, D004);
});
rel('PARTY_TO', 'org:municipality-norddjurs', MODEL, { since: '2024-10-10', ...D004 });

node('Agreement', 'agreement:tidlig-opsporing-risikogrupper', {
  name: 'Samarbejdsaftale om tidlig opsporing og indsats for børn og unge i risikogrupper',
  description:
    'Sundhedssamarbejdsudvalget decided on 29 September (2023) that it is to be drawn up, for three groups: children and young people with known mental problems, children with chronic somatic illness, and children and young people who are relatives of parents or siblings with mental illness (001).',
  ...D001,
});

const PATHWAYS = [
  {
    id: 'pathway:angst-depression',
    name: 'Forløbsprogram for børn og unge med angst og/eller depression',
    nameEn: 'Care pathway for children and young people with anxiety and/or depression',
    topics: ['angst', 'depression'],
  },
  { id: 'pathway:adhd', name: 'Forløbsprogram for børn og unge med ADHD', nameEn: 'Care pathway for children and young people with ADHD', topics: ['ADHD'] },
  {
    id: 'pathway:spiseforstyrrelser',
    name: 'Forløbsprogram for børn og unge med spiseforstyrrelser',
    nameEn: 'Care pathway for children and young people with eating disorders',
    topics: ['spiseforstyrrelser'],
  },
];
const STEPS = [
  {
    n: 1,
    name: 'Trin 1 – Forebyggelse og tidlig opsporing',
    description: 'Almene tilbud: dagtilbud, skole, sundhedspleje og almen praksis opdager tegn på mistrivsel og støtter.',
    nameEn: 'Step 1 – Prevention and early detection',
    descriptionEn: 'Universal services: day care, school, health visitors and general practice notice signs of distress and give support.',
  },
  {
    n: 2,
    name: 'Trin 2 – Tidlig, let indsats i kommunen',
    description: 'Kommunale indsatser ved lettere vanskeligheder, fx PPR og det kommunale behandlingstilbud.',
    nameEn: 'Step 2 – Early, light support in the municipality',
    descriptionEn: 'Municipal support for mild difficulties, e.g. PPR (educational psychology) and the municipal treatment offer.',
  },
  {
    n: 3,
    name: 'Trin 3 – Udredning og behandling i samarbejde',
    description:
      'Moderate vanskeligheder: almen praksis, privatpraktiserende speciallæger og kommunen; kommune og almen praksis kan rådspørge børne- og ungdomspsykiatrien.',
    nameEn: 'Step 3 – Assessment and treatment in collaboration',
    descriptionEn:
      'Moderate difficulties: general practice, private specialists and the municipality; the municipality and general practice can consult child and adolescent psychiatry.',
  },
  {
    n: 4,
    name: 'Trin 4 – Specialiseret børne- og ungdomspsykiatri',
    description: 'Svære vanskeligheder: udredning og behandling i Børne- og Ungdomspsykiatrisk Afdeling.',
    nameEn: 'Step 4 – Specialised child and adolescent psychiatry',
    descriptionEn: 'Severe difficulties: assessment and treatment at the Department of Child and Adolescent Psychiatry.',
  },
];
const stepId = (pathway: string, n: number) => `step:${tail(pathway)}-${n}`;
for (const p of PATHWAYS) {
  node('Pathway', p.id, { name: p.name, nameEn: p.nameEn, topics: p.topics, ...D003 });
  for (const s of STEPS) {
    // The four-step model is in 003; what each step holds is a summary, so it is marked inferred.
    node('Step', stepId(p.id, s.n), {
      name: s.name,
      nameEn: s.nameEn,
      number: s.n,
      description: s.description,
      descriptionEn: s.descriptionEn,
      ...inferred(D003),
    });
    rel('HAS_STEP', p.id, stepId(p.id, s.n), D003);
  }
}

// =============================================================================================
// People (made here, written to 05 and 06 below)

// Region: psychiatry leadership, BUA's advisory unit, BUA cluster representatives.
const buaChief = makePerson({
  title: 'Ledende overlæge, Børne- og Ungdomspsykiatrisk Afdeling',
  profession: 'Læge, speciallæge i børne- og ungdomspsykiatri',
  domain: 'rm.dk',
  regionStyle: true,
  phonePrefix: '784',
});
works(buaChief, 'org:bua', 'ledende overlæge');
const psychDirector = makePerson({
  title: 'Vicedirektør, Psykiatrien',
  profession: 'Cand.scient.pol.',
  domain: 'rm.dk',
  regionStyle: true,
  phonePrefix: '784',
});
works(psychDirector, 'org:psykiatrien-rm', 'vicedirektør');
const regionDirector = makePerson({
  title: 'Direktør for sundhedsplanlægning',
  profession: 'Cand.polit.',
  domain: 'rm.dk',
  regionStyle: true,
  phonePrefix: '784',
});
works(regionDirector, 'org:region-midtjylland', 'direktør');
const advisoryLead = makePerson({
  title: 'Leder af Rådgivningsenheden',
  profession: 'Psykolog, specialist i børnepsykologi',
  domain: 'rm.dk',
  regionStyle: true,
  phonePrefix: '784',
});
works(advisoryLead, 'org:bua-raadgivningsenheden', 'leder', { since: '2022-03-01' });
const eatingDisorderContact = makePerson({
  title: 'Overlæge, spiseforstyrrelser',
  profession: 'Læge, speciallæge i børne- og ungdomspsykiatri',
  domain: 'rm.dk',
  regionStyle: true,
  phonePrefix: '784',
});
works(eatingDisorderContact, 'org:bua', 'overlæge');

/** Per cluster: BUA's representative in the implementation group and, except in Randers, the fixed contact. */
const buaClusterRep = new Map<string, string>();
for (const c of CLUSTERS) {
  // In Randers BUA's representative sits in the implementation group but is no fixed contact:
  // the municipalities there ask for fixed contacts in BUA (001).
  const randers = c.slug === 'randers';
  const p = makePerson({
    title: randers ? 'Afdelingssygeplejerske, Børne- og Ungdomspsykiatrisk Afdeling' : `Klyngekontakt for ${c.name}, Rådgivningsenheden`,
    profession: randers ? 'Sygeplejerske' : 'Psykolog',
    domain: 'rm.dk',
    regionStyle: true,
    phonePrefix: '784',
  });
  if (randers) works(p, 'org:bua', 'afdelingssygeplejerske');
  else works(p, 'org:bua-raadgivningsenheden', 'rådgiver, fast klyngekontakt');
  buaClusterRep.set(c.slug, p);
}

// Hospitals: directors and the somatic children's departments.
const hospitalDirector = new Map<string, string>();
const somaticRep = new Map<string, string>();
for (const c of CLUSTERS) {
  const d = makePerson({ title: `Hospitalsdirektør, ${c.hospitalName}`, profession: 'Læge', domain: 'rm.dk', regionStyle: true, phonePrefix: '784' });
  works(d, c.hospital, 'hospitalsdirektør');
  hospitalDirector.set(c.slug, d);
  const dept = childrensDept.get(c.slug)!;
  if (c.slug === 'randers') {
    // The only person linking the somatic children's department in Randers to the municipalities.
    const nurse = makePerson({
      title: 'Klinisk sygeplejespecialist, Børne- og Ungeafdelingen',
      profession: 'Sygeplejerske',
      domain: 'rm.dk',
      regionStyle: true,
      phonePrefix: '784',
    });
    works(nurse, dept, 'klinisk sygeplejespecialist');
    somaticRep.set(c.slug, nurse);
  } else {
    const lead = makePerson({
      title: 'Ledende overlæge, Børne- og Ungeafdelingen',
      profession: 'Læge, speciallæge i pædiatri',
      domain: 'rm.dk',
      regionStyle: true,
      phonePrefix: '784',
    });
    works(lead, dept, 'ledende overlæge');
    const nurse = makePerson({
      title: 'Sygeplejerske, Børne- og Ungeafdelingen',
      profession: 'Sygeplejerske',
      domain: 'rm.dk',
      regionStyle: true,
      phonePrefix: '784',
    });
    works(nurse, dept, 'sygeplejerske');
    somaticRep.set(c.slug, c.slug === 'aarhus' ? lead : nurse);
  }
}

// General practice: PLO-Midtjylland, one GP per practice, practice consultants.
const ploChair = makePerson({ title: 'Formand, PLO-Midtjylland', profession: 'Praktiserende læge', domain: 'plo.dk', phonePrefix: '2' });
works(ploChair, 'org:plo-midtjylland', 'formand');
const ploConsultant = makePerson({ title: 'Konsulent, PLO-Midtjylland', profession: 'Cand.scient.san.', domain: 'plo.dk', phonePrefix: '2' });
works(ploConsultant, 'org:plo-midtjylland', 'konsulent');
const gpOf = new Map<string, string>();
for (const mu of MUNIS) {
  for (const practice of practicesOf.get(mu.slug)!) {
    const gp = makePerson({ title: 'Praktiserende læge', profession: 'Speciallæge i almen medicin', phonePrefix: '8' });
    works(gp, practice, 'praktiserende læge, indehaver');
    gpOf.set(practice, gp);
  }
}
for (const s of PRIVATE_SPECIALISTS) {
  const p = makePerson({ title: 'Speciallæge i børne- og ungdomspsykiatri', profession: 'Læge', phonePrefix: '8' });
  works(p, s.id, 'praktiserende speciallæge');
}
/** Per cluster: a GP who is also practice consultant (praksiskonsulent); GP representative in the implementation group. */
const practiceConsultant = new Map<string, string>();
const PC_HOME: Record<string, string> = { horsens: 'horsens', midt: 'viborg', randers: 'norddjurs', vest: 'herning', aarhus: 'aarhus' };
for (const c of CLUSTERS) {
  const mu = muni(PC_HOME[c.slug]!);
  const practice = practicesOf.get(mu.slug)![0]!;
  const gp = gpOf.get(practice)!;
  const p = people.find((x) => x.id === gp)!;
  p.props.title = 'Praktiserende læge og kommunal praksiskonsulent';
  p.props.email = `${asciiName(p.name.split(' ')[0]!)}.${asciiName(p.name.split(' ').at(-1)!)}@${mu.domain}`;
  works(gp, mu.id, 'kommunal praksiskonsulent', { since: '2021-01-01' });
  practiceConsultant.set(c.slug, gp);
}
const buaPracticeConsultant = gpOf.get(practicesOf.get('aarhus')![1]!)!;
people.find((x) => x.id === buaPracticeConsultant)!.props.title = 'Praktiserende læge og praksiskonsulent i BUA';
works(buaPracticeConsultant, 'org:bua', 'praksiskonsulent', { since: '2020-08-01' });

// Municipalities: a director and the head of every unit, and a PPR psychologist.
const director = new Map<string, string>();
const unitLead = new Map<string, string>(); // `${key}-${slug}` → person
const pprPsychologist = new Map<string, string>();
for (const mu of MUNIS) {
  const d = makePerson({ title: `Direktør for børn og familie, ${mu.m.officialName}`, profession: 'Cand.scient.adm.', domain: mu.domain });
  works(d, mu.id, 'direktør');
  director.set(mu.slug, d);
  for (const u of UNIT_KINDS) {
    const p = makePerson({ title: u.leaderTitle, profession: u.profession, domain: mu.domain });
    works(p, unitId(u.key, mu.slug), 'leder', u.validFrom ? { since: u.validFrom } : {});
    unitLead.set(`${u.key}-${mu.slug}`, p);
  }
  const psych = makePerson({ title: 'Psykolog, PPR', profession: 'Psykolog', domain: mu.domain });
  works(psych, unitId('ppr', mu.slug), 'psykolog');
  pprPsychologist.set(mu.slug, psych);
}
const lead = (key: string, slug: string) => unitLead.get(`${key}-${slug}`)!;

// Randers: the part-time temporary process coordinator approved on 28 November 2023 (001).
const processCoordinator = makePerson({
  title: 'Tværgående proceskoordinator (deltid, midlertidig)',
  profession: 'Cand.scient.san.publ.',
  domain: 'randers.dk',
});
works(processCoordinator, 'org:municipality-randers', 'proceskoordinator', { since: '2024-02-01' });
// A former GP representative in the Randers implementation group (an expired membership).
const formerGpRep = gpOf.get(practicesOf.get('randers')![1]!)!;

// Committee people (politicians and staff), fictitious.
const ssuChair = makePerson({
  title: 'Regionsrådsmedlem, formand for Sundhedssamarbejdsudvalget',
  profession: 'Politiker',
  domain: 'rm.dk',
  regionStyle: true,
  phonePrefix: '784',
});
works(ssuChair, 'org:region-midtjylland', 'regionsrådsmedlem');
const ssuMunicipalPoliticians = ['horsens', 'herning'].map((slug) => {
  const p = makePerson({ title: `Kommunalbestyrelsesmedlem, ${muni(slug).m.officialName}`, profession: 'Politiker', domain: muni(slug).domain });
  works(p, muni(slug).id, 'kommunalbestyrelsesmedlem');
  return p;
});
const secretariatStaff = [0, 1].map((i) => {
  const p = makePerson({
    title: i === 0 ? 'Chefkonsulent, sekretariatet for den fælles implementering' : 'Specialkonsulent, sekretariatet for den fælles implementering',
    profession: 'Cand.scient.san.publ.',
    domain: 'rm.dk',
    regionStyle: true,
    phonePrefix: '784',
  });
  works(p, 'org:region-midtjylland', 'konsulent', { since: '2024-11-01' });
  return p;
});
const outreachStaff = [0, 1, 2].map((i) => {
  const p = makePerson({
    title: ['Projektleder, fremskudt regional funktion', 'Psykolog, fremskudt funktion', 'Sygeplejerske, fremskudt funktion'][i]!,
    profession: ['Cand.psych.', 'Psykolog', 'Sygeplejerske'][i]!,
    domain: 'rm.dk',
    regionStyle: true,
    phonePrefix: '784',
  });
  works(p, 'org:bua', ['projektleder', 'psykolog', 'sygeplejerske'][i]!, { since: '2018-09-01', until: i === 0 ? '2021-12-31' : undefined });
  return p;
});

// =============================================================================================
// 04 Groups and mandates
file('04-groups-mandates.json');

const ALL_PERSPECTIVES_IMPL: Perspective[] = [
  'PSYCHIATRY',
  'SOMATICS',
  'GENERAL_PRACTICE',
  'HEALTH_VISITING',
  'PPR',
  'FAMILY_SOCIAL',
  'SCHOOL',
  'YOUTH_GUIDANCE',
];

function mandate(id: string, props: Rec, holders: string[], grantedBy: string | undefined, concerns: string[], relSource: Rec = {}, decidedOn?: string): void {
  node('Mandate', id, props);
  for (const h of holders) {
    if (h.startsWith('person:')) personMandates.push([h, id, relSource]);
    else rel('HOLDS', h, id, relSource);
  }
  if (grantedBy) rel('GRANTED_BY', id, grantedBy, { ...relSource, decidedOn });
  for (const c of concerns) rel('CONCERNS', id, c, relSource);
}

// The health collaboration's committees.
node('Group', 'group:sundhedssamarbejdsudvalget', {
  name: 'Sundhedssamarbejdsudvalget',
  shortName: 'SSU',
  kind: 'COMMITTEE',
  purpose: 'The Health Collaboration Committee of the region, the municipalities and general practice; sets the common direction (004).',
  ...D004,
});
rel('ANCHORED_IN', 'group:sundhedssamarbejdsudvalget', 'org:region-midtjylland');
node('Group', 'group:sundhedsstyregruppen', {
  name: 'Sundhedsstyregruppen',
  kind: 'STEERING_GROUP',
  purpose: 'The Health Steering Group; decided on 13 May 2024 to develop a common collaboration model for the municipal treatment offer (004).',
  requiredPerspectives: ['PSYCHIATRY', 'SOMATICS', 'GENERAL_PRACTICE', 'MANAGEMENT'],
  ...D004,
});
rel('REPORTS_TO', 'group:sundhedsstyregruppen', 'group:sundhedssamarbejdsudvalget', inferred(D004));
mandate(
  'mandate:sundhedsstyregruppen-samarbejdsmodel',
  {
    name: 'Beslutning om fælles samarbejdsmodel',
    level: 'DECIDE',
    scope:
      'Udarbejde og godkende en fælles samarbejdsmodel for implementering af det kommunale behandlingstilbud, på baggrund af nationale krav og bestillingen fra Sundhedssamarbejdsudvalget.',
    validFrom: '2024-05-13',
    ...D004,
  },
  ['group:sundhedsstyregruppen'],
  'group:sundhedssamarbejdsudvalget',
  [MODEL],
  D004,
  '2024-05-13',
);
node('Group', 'group:kosu', {
  name: 'Den kommunale sundhedsstyregruppe',
  shortName: 'KOSU',
  kind: 'STEERING_GROUP',
  purpose:
    "The municipalities' health steering group; where relevant decisions from the implementation groups are taken (001); approved the collaboration model (004).",
  requiredPerspectives: ['MANAGEMENT'],
  ...D001,
});
mandate(
  'mandate:kosu-beslutning',
  {
    name: 'KOSU: beslutninger om samarbejdsaftalen',
    level: 'DECIDE',
    scope:
      'Træffe relevante beslutninger på kommunal side om samarbejdsaftalen og tilstødende initiativer, bl.a. godkendelse af samarbejdsmodellen for det kommunale behandlingstilbud.',
    ...D001,
  },
  ['group:kosu'],
  undefined,
  [AGREEMENT, MODEL],
  D001,
);

// Psychiatry councils (002).
node('Group', 'group:psykiatriraad', {
  name: 'Psykiatriråd',
  kind: 'COUNCIL',
  purpose: "Decides on a common, binding collaboration model in child and adolescent psychiatry, on the Local Collaboration Council's recommendation (002).",
  ...D002,
});
mandate(
  'mandate:psykiatriraad-forpligtende-model',
  {
    name: 'Beslutning om forpligtende samarbejdsmodel',
    level: 'DECIDE',
    scope: 'Beslutte en fælles, forpligtende samarbejdsmodel i børne- og ungdomspsykiatrien.',
    ...D002,
  },
  ['group:psykiatriraad'],
  undefined,
  [AGREEMENT],
  D002,
);
node('Group', 'group:lokalt-samarbejdsraad-bup', {
  name: 'Lokalt Samarbejdsråd i Børne- og Ungdomspsykiatrien',
  kind: 'COUNCIL',
  purpose: 'Cross-regional and cross-sector collaboration forum in child and adolescent psychiatry; cannot itself decide a binding agreement (002).',
  requiredPerspectives: ['PSYCHIATRY', 'PPR', 'FAMILY_SOCIAL', 'GENERAL_PRACTICE'],
  ...D002,
});
rel('REPORTS_TO', 'group:lokalt-samarbejdsraad-bup', 'group:psykiatriraad', inferred(D002));
rel('ANCHORED_IN', 'group:lokalt-samarbejdsraad-bup', 'org:bua', inferred(D002));
mandate(
  'mandate:lokalt-samarbejdsraad-anbefaling',
  {
    name: 'Anbefalinger om fælles samarbejdsmodel',
    level: 'RECOMMEND',
    scope: 'Anbefale elementer i en fælles, forpligtende samarbejdsmodel; beslutning løftes til Psykiatriråd.',
    ...D002,
  },
  ['group:lokalt-samarbejdsraad-bup'],
  undefined,
  [AGREEMENT],
  D002,
);
node('Group', 'group:lsr-bup-arbejdsgruppe', {
  name: 'Arbejdsgruppe om fælles, generisk samarbejdsmodel',
  kind: 'WORKING_GROUP',
  purpose:
    'Set up by the Local Collaboration Council to recommend which elements a common, binding collaboration model can contain: a broad model addressing common goals, not detailed planning (002).',
  ...D002,
});
rel('REPORTS_TO', 'group:lsr-bup-arbejdsgruppe', 'group:lokalt-samarbejdsraad-bup', D002);
mandate(
  'mandate:lsr-arbejdsgruppe-anbefaling',
  {
    name: 'Arbejdsgruppens kommissorium',
    level: 'RECOMMEND',
    scope: 'Anbefale elementer i en fælles, forpligtende samarbejdsmodel med afsæt i virksomme elementer fra eksisterende samarbejdsfelter.',
    ...D002,
  },
  ['group:lsr-bup-arbejdsgruppe'],
  'group:lokalt-samarbejdsraad-bup',
  [AGREEMENT],
  D002,
);
node('Group', 'group:fremskudt-funktion-bup', {
  name: 'Projektgruppe: fremskudt regional funktion i børne- og ungdomspsykiatrien',
  kind: 'NETWORK',
  purpose:
    'Tested an outreach regional function with 13 municipalities for an early, joint effort for children and young people with signs of mental disorder (002).',
  validFrom: '2018-09-01',
  validTo: '2021-12-31',
  ...D002,
});
rel('ANCHORED_IN', 'group:fremskudt-funktion-bup', 'org:bua', inferred(D002));
mandate(
  'mandate:fremskudt-funktion-projekt',
  {
    name: 'Projektmandat: afprøvning af fremskudt funktion',
    level: 'ADVISE',
    scope: 'Afprøve indsatser i en fremskudt regional funktion i samspil med 13 kommuner (projektperiode september 2018 – december 2021).',
    validFrom: '2018-09-01',
    validTo: '2021-12-31',
    ...D002,
  },
  ['group:fremskudt-funktion-bup'],
  undefined,
  [],
  D002,
);

// Clusters: a cluster steering group and an implementation group each.
for (const c of CLUSTERS) {
  const sg = `group:klyngestyregruppe-${c.slug}`;
  const impl = `group:implementeringsgruppe-${c.slug}`;
  const isRanders = c.slug === 'randers';
  node('Group', sg, {
    name: `Klyngestyregruppen, ${c.name}`,
    kind: 'CLUSTER_STEERING_GROUP',
    purpose: "Steers the cluster's joint work under the health agreement; gives the implementation group its mandate.",
    requiredPerspectives: ['PSYCHIATRY', 'SOMATICS', 'GENERAL_PRACTICE', 'MANAGEMENT'],
    ...(isRanders ? D001 : {}),
  });
  rel('ANCHORED_IN', sg, c.id);
  rel('REPORTS_TO', sg, 'group:sundhedsstyregruppen');
  mandate(
    `mandate:klyngestyregruppe-${c.slug}`,
    {
      name: `Klyngestyregruppens beslutningsmandat, ${c.name}`,
      level: 'DECIDE',
      scope: 'Beslutte om klyngens implementering af samarbejdsaftalen, herunder ressourcer og organisering.',
      ...(isRanders ? D001 : {}),
    },
    [sg],
    'group:sundhedsstyregruppen',
    [AGREEMENT],
  );

  node('Group', impl, {
    name: `Implementeringsgruppen, ${c.name}`,
    kind: 'IMPLEMENTATION_GROUP',
    purpose: isRanders
      ? "Cross-sector implementation group: turns the agreement's three sub-initiatives into common development areas. Recommends widening its purpose to all initiatives touching the same structures (the municipal treatment offer, early detection in three risk groups), no extra organisational layer, clear reporting to the cluster steering group and KOSU, a chair from the municipality that provides the secretariat, members with decision-making competence, and clearly placed school and KUI perspectives (001)."
      : 'Cross-sector implementation group for the agreement on children and young people in mental distress.',
    requiredPerspectives: ALL_PERSPECTIVES_IMPL,
    ...(isRanders ? D001 : {}),
  });
  rel('ANCHORED_IN', impl, c.id, isRanders ? D001 : {});
  rel('REPORTS_TO', impl, sg, isRanders ? D001 : {});
  rel('IMPLEMENTS', impl, AGREEMENT, isRanders ? D001 : {});
  if (isRanders) for (const e of ELEMENTS) rel('IMPLEMENTS', impl, elementId(e.n), D001);
  mandate(
    `mandate:implementeringsgruppe-${c.slug}`,
    {
      name: `Implementeringsgruppens mandat, ${c.name}`,
      level: 'RECOMMEND',
      scope: 'Omsætte samarbejdsaftalens indsatsområder til fælles udviklingsområder og indstille til klyngestyregruppen og KOSU, hvor beslutninger træffes.',
      ...(isRanders ? D001 : {}),
    },
    [impl],
    sg,
    isRanders ? [AGREEMENT, ...ELEMENTS.map((e) => elementId(e.n))] : [AGREEMENT],
    isRanders ? D001 : {},
  );
}
// Randers: reporting to KOSU as well (001 asks for a clear structure for both).
rel('REPORTS_TO', 'group:implementeringsgruppe-randers', 'group:kosu', inferred(D001));
// The municipality that provides the secretariat; 001 does not say which, Randers is assumed.
rel('SECRETARIAT_FOR', 'org:municipality-randers', 'group:implementeringsgruppe-randers', inferred(D001));

// Randers: the chief-level steering group the cluster steering group set up on 28 November 2023.
node('Group', 'group:styregruppe-chefniveau-randers', {
  name: 'Styregruppe på chefniveau, Randersklyngen',
  kind: 'STEERING_GROUP',
  purpose:
    "Set up on the cluster steering group's decision of 28 November 2023, chaired by a member of the cluster steering group, to secure progress in implementing the agreement. The implementation group later recommends not inserting this extra layer (001).",
  validFrom: '2023-11-28',
  requiredPerspectives: ['MANAGEMENT', 'PSYCHIATRY'],
  ...D001,
});
rel('REPORTS_TO', 'group:styregruppe-chefniveau-randers', 'group:klyngestyregruppe-randers', D001);
rel('ANCHORED_IN', 'group:styregruppe-chefniveau-randers', 'org:cluster-randers', D001);

// The joint implementation group of 2024 and its secretariat (004).
node('Group', 'group:faelles-implementeringsgruppe', {
  name: 'Fælles implementeringsgruppe for det kommunale behandlingstilbud',
  kind: 'IMPLEMENTATION_GROUP',
  purpose:
    'Across municipalities, the region (BUA), general practice and somatics: evaluates and adjusts the frame for the collaboration and decides where selected elements are implemented jointly (004).',
  requiredPerspectives: ['PSYCHIATRY', 'SOMATICS', 'GENERAL_PRACTICE', 'MUNICIPAL_TREATMENT'],
  ...D004,
});
rel('REPORTS_TO', 'group:faelles-implementeringsgruppe', 'group:sundhedsstyregruppen', inferred(D004));
rel('REPORTS_TO', 'group:faelles-implementeringsgruppe', 'group:kosu', inferred(D004));
rel('IMPLEMENTS', 'group:faelles-implementeringsgruppe', MODEL, D004);
mandate(
  'mandate:faelles-implementeringsgruppe',
  {
    name: 'Den fælles implementeringsgruppes mandat',
    level: 'DECIDE',
    scope: 'Løbende evaluere og tilrette rammerne for samarbejdet og fastlægge, hvor der skal ske fælles implementering af udvalgte elementer.',
    ...D004,
  },
  ['group:faelles-implementeringsgruppe'],
  'group:sundhedsstyregruppen',
  [MODEL],
  D004,
);
node('Group', 'group:sekretariat-faelles-implementering', {
  name: 'Sekretariatet for den fælles implementering',
  kind: 'SECRETARIAT',
  purpose: 'Supports the joint implementation group and the local collaborations, based on STIME (004).',
  ...D004,
});
rel('SECRETARIAT_FOR', 'group:sekretariat-faelles-implementering', 'group:faelles-implementeringsgruppe', D004);

// Norddjurs: the cross-cutting matrix group "På Tværs" (003). No reporting line is known.
node('Group', 'group:paa-tvaers-norddjurs', {
  name: 'Matrixgruppen "På Tværs", Norddjurs Kommune',
  shortName: 'På Tværs',
  kind: 'WORKING_GROUP',
  purpose:
    'Plans the activities needed to live up to the agreement, follows the development, and can sharpen attention to the transitions that need extra focus (003).',
  ...D003,
});
rel('ANCHORED_IN', 'group:paa-tvaers-norddjurs', 'org:municipality-norddjurs', D003);
rel('IMPLEMENTS', 'group:paa-tvaers-norddjurs', AGREEMENT, D003);

// =============================================================================================
// Memberships (written to 06)

// SSU, Sundhedsstyregruppen, KOSU.
member(ssuChair, 'group:sundhedssamarbejdsudvalget', ['MANAGEMENT'], { role: 'CHAIR' });
for (const p of ssuMunicipalPoliticians) member(p, 'group:sundhedssamarbejdsudvalget', ['MANAGEMENT']);
member(ploChair, 'group:sundhedssamarbejdsudvalget', ['GENERAL_PRACTICE']);
member(regionDirector, 'group:sundhedsstyregruppen', ['MANAGEMENT'], { role: 'CHAIR' });
member(psychDirector, 'group:sundhedsstyregruppen', ['PSYCHIATRY']);
member(hospitalDirector.get('aarhus')!, 'group:sundhedsstyregruppen', ['SOMATICS']);
member(director.get('aarhus')!, 'group:sundhedsstyregruppen', ['MANAGEMENT']);
member(director.get('viborg')!, 'group:sundhedsstyregruppen', ['MANAGEMENT']);
member(ploConsultant, 'group:sundhedsstyregruppen', ['GENERAL_PRACTICE']);
for (const slug of ['randers', 'horsens', 'silkeborg', 'holstebro', 'aarhus']) {
  member(director.get(slug)!, 'group:kosu', ['MANAGEMENT'], slug === 'horsens' ? { role: 'CHAIR' } : {});
}

// Psykiatriråd, Lokalt Samarbejdsråd and its working group.
member(psychDirector, 'group:psykiatriraad', ['PSYCHIATRY'], { role: 'CHAIR' });
member(director.get('skive')!, 'group:psykiatriraad', ['MANAGEMENT']);
member(buaChief, 'group:lokalt-samarbejdsraad-bup', ['PSYCHIATRY'], { role: 'CHAIR' });
member(lead('ppr', 'silkeborg'), 'group:lokalt-samarbejdsraad-bup', ['PPR']);
member(lead('familie', 'horsens'), 'group:lokalt-samarbejdsraad-bup', ['FAMILY_SOCIAL']);
member(buaPracticeConsultant, 'group:lokalt-samarbejdsraad-bup', ['GENERAL_PRACTICE']);
member(advisoryLead, 'group:lsr-bup-arbejdsgruppe', ['PSYCHIATRY'], { role: 'CHAIR', since: '2021-11-01' });
member(lead('ppr', 'herning'), 'group:lsr-bup-arbejdsgruppe', ['PPR'], { since: '2021-11-01' });
member(lead('familie', 'odder'), 'group:lsr-bup-arbejdsgruppe', ['FAMILY_SOCIAL'], { since: '2021-11-01' });
// The outreach project ended in December 2021: its memberships have expired.
outreachStaff.forEach((p, i) => {
  member(p, 'group:fremskudt-funktion-bup', ['PSYCHIATRY'], {
    role: i === 0 ? 'CHAIR' : 'MEMBER',
    since: '2018-09-01',
    until: '2021-12-31',
    ...inferred(D002),
  });
});

// Cluster steering groups: municipal directors (one chairs), hospital director, psychiatry, general practice.
for (const c of CLUSTERS) {
  const sg = `group:klyngestyregruppe-${c.slug}`;
  c.municipalities.forEach((slug, i) => {
    member(director.get(slug)!, sg, ['MANAGEMENT'], { role: i === 0 ? 'CHAIR' : 'MEMBER', onBehalfOf: muni(slug).id });
  });
  member(hospitalDirector.get(c.slug)!, sg, ['SOMATICS', 'MANAGEMENT'], { onBehalfOf: c.hospital });
  member(psychDirector, sg, ['PSYCHIATRY'], { onBehalfOf: 'org:psykiatrien-rm' });
  member(practiceConsultant.get(c.slug)!, sg, ['GENERAL_PRACTICE'], { onBehalfOf: 'org:plo-midtjylland' });
}

// Randers implementation group (001): psychiatry, somatics, general practice, health visiting,
// PPR and the family area. No school, no KUI, no chair.
{
  const g = 'group:implementeringsgruppe-randers';
  const m = { ...D001 };
  member(buaClusterRep.get('randers')!, g, ['PSYCHIATRY'], { onBehalfOf: 'org:bua', ...m });
  member(somaticRep.get('randers')!, g, ['SOMATICS'], { onBehalfOf: 'org:boerneafdeling-randers', ...m });
  member(formerGpRep, g, ['GENERAL_PRACTICE'], { onBehalfOf: 'org:plo-midtjylland', since: '2022-09-01', until: '2023-12-31' });
  member(practiceConsultant.get('randers')!, g, ['GENERAL_PRACTICE'], { onBehalfOf: 'org:plo-midtjylland', since: '2024-01-01', ...m });
  member(lead('sundhedspleje', 'favrskov'), g, ['HEALTH_VISITING'], { onBehalfOf: 'org:municipality-favrskov', ...m });
  member(lead('ppr', 'norddjurs'), g, ['PPR'], { onBehalfOf: 'org:municipality-norddjurs', ...m });
  member(pprPsychologist.get('syddjurs')!, g, ['PPR'], { onBehalfOf: 'org:municipality-syddjurs', ...m });
  member(lead('familie', 'randers'), g, ['FAMILY_SOCIAL'], { onBehalfOf: 'org:municipality-randers', ...m });
  // 001 approves funds for the coordinator; that the coordinator sits in the group is synthetic.
  member(processCoordinator, g, [], { role: 'SECRETARY', since: '2024-02-01' });
}

// The chief-level steering group in Randers: chaired by a cluster steering group member.
member(director.get('favrskov')!, 'group:styregruppe-chefniveau-randers', ['MANAGEMENT'], { role: 'CHAIR', since: '2023-11-28', ...D001 });
member(lead('familie', 'syddjurs'), 'group:styregruppe-chefniveau-randers', ['FAMILY_SOCIAL', 'MANAGEMENT'], { since: '2023-11-28' });
member(lead('skole', 'randers'), 'group:styregruppe-chefniveau-randers', ['SCHOOL', 'MANAGEMENT'], { since: '2023-11-28' });
member(buaChief, 'group:styregruppe-chefniveau-randers', ['PSYCHIATRY'], { since: '2023-11-28' });

// The other implementation groups: every required perspective, spread over the cluster's municipalities.
const MUNICIPAL_SEATS: Array<[string, Perspective]> = [
  ['sundhedspleje', 'HEALTH_VISITING'],
  ['ppr', 'PPR'],
  ['familie', 'FAMILY_SOCIAL'],
  ['skole', 'SCHOOL'],
  ['kui', 'YOUTH_GUIDANCE'],
  ['behandlingstilbud', 'MUNICIPAL_TREATMENT'],
];
for (const c of CLUSTERS.filter((x) => x.slug !== 'randers')) {
  const g = `group:implementeringsgruppe-${c.slug}`;
  member(buaClusterRep.get(c.slug)!, g, ['PSYCHIATRY'], { onBehalfOf: 'org:bua' });
  member(somaticRep.get(c.slug)!, g, ['SOMATICS'], { onBehalfOf: childrensDept.get(c.slug) });
  member(practiceConsultant.get(c.slug)!, g, ['GENERAL_PRACTICE'], { onBehalfOf: 'org:plo-midtjylland' });
  MUNICIPAL_SEATS.forEach(([key, perspective], i) => {
    const slug = c.municipalities[i % c.municipalities.length]!;
    const extra: Rec = { onBehalfOf: muni(slug).id };
    if (i === 0) extra.role = 'CHAIR';
    if (key === 'behandlingstilbud') extra.since = '2024-07-01';
    member(lead(key, slug), g, [perspective], extra);
  });
}

// The joint implementation group (004) and its secretariat.
member(lead('behandlingstilbud', 'aarhus'), 'group:faelles-implementeringsgruppe', ['MUNICIPAL_TREATMENT'], {
  role: 'CHAIR',
  onBehalfOf: 'org:municipality-aarhus',
});
member(lead('behandlingstilbud', 'norddjurs'), 'group:faelles-implementeringsgruppe', ['MUNICIPAL_TREATMENT'], { onBehalfOf: 'org:municipality-norddjurs' });
member(lead('behandlingstilbud', 'herning'), 'group:faelles-implementeringsgruppe', ['MUNICIPAL_TREATMENT'], { onBehalfOf: 'org:municipality-herning' });
member(advisoryLead, 'group:faelles-implementeringsgruppe', ['PSYCHIATRY'], { onBehalfOf: 'org:bua' });
member(somaticRep.get('aarhus')!, 'group:faelles-implementeringsgruppe', ['SOMATICS'], { onBehalfOf: 'org:boerneafdeling-aarhus' });
member(ploConsultant, 'group:faelles-implementeringsgruppe', ['GENERAL_PRACTICE'], { onBehalfOf: 'org:plo-midtjylland' });
member(secretariatStaff[0]!, 'group:sekretariat-faelles-implementering', [], { role: 'CHAIR', since: '2024-11-01' });
member(secretariatStaff[1]!, 'group:sekretariat-faelles-implementering', [], { since: '2024-11-01' });
member(secretariatStaff[0]!, 'group:faelles-implementeringsgruppe', [], { role: 'SECRETARY', since: '2024-11-01' });

// Norddjurs' matrix group "På Tværs".
member(lead('ppr', 'norddjurs'), 'group:paa-tvaers-norddjurs', ['PPR'], { role: 'CHAIR' });
member(lead('familie', 'norddjurs'), 'group:paa-tvaers-norddjurs', ['FAMILY_SOCIAL']);
member(lead('skole', 'norddjurs'), 'group:paa-tvaers-norddjurs', ['SCHOOL']);
member(lead('sundhedspleje', 'norddjurs'), 'group:paa-tvaers-norddjurs', ['HEALTH_VISITING']);
member(lead('kui', 'norddjurs'), 'group:paa-tvaers-norddjurs', ['YOUTH_GUIDANCE']);

// Decision mandates of individual members. In Randers only two members hold one; a third one
// has expired. In Horsens every member holds one (the contrast the gap finder can show).
file('04-groups-mandates.json');
mandate(
  'mandate:randers-impl-beslutningskompetence',
  {
    name: 'Beslutningskompetence i egen organisation (Randers)',
    level: 'DECIDE',
    scope: 'Træffe beslutninger i egen organisation inden for det mandat, implementeringsgruppen har fra klyngestyregruppen.',
    validFrom: '2024-01-01',
  },
  [buaClusterRep.get('randers')!, lead('familie', 'randers')],
  'group:klyngestyregruppe-randers',
  [AGREEMENT],
);
mandate(
  'mandate:randers-impl-ppr-norddjurs-2023',
  {
    name: 'Beslutningskompetence for PPR, Norddjurs (udløbet)',
    level: 'DECIDE',
    scope: "Beslutte om PPR's bidrag til implementeringen af samarbejdsaftalen i Norddjurs Kommune.",
    validFrom: '2023-01-01',
    validTo: '2023-12-31',
  },
  [lead('ppr', 'norddjurs')],
  'group:klyngestyregruppe-randers',
  [AGREEMENT],
);
{
  const horsensMembers = memberships.filter(([, g]) => g === 'group:implementeringsgruppe-horsens').map(([p]) => p);
  mandate(
    'mandate:horsens-impl-beslutningskompetence',
    {
      name: 'Beslutningskompetence i egen organisation (Horsens)',
      level: 'DECIDE',
      scope: 'Træffe beslutninger i egen organisation om implementeringen af samarbejdsaftalen.',
      validFrom: '2024-01-01',
    },
    horsensMembers,
    'group:klyngestyregruppe-horsens',
    [AGREEMENT],
  );
}

// =============================================================================================
// Fixed contacts (written to 05)
const ALL_PATHWAYS = PATHWAYS.map((p) => p.id);
function contact(person: string, org: string, props: Rec): void {
  contacts.push([person, org, props]);
}
// BUA → municipalities: cluster contacts in every cluster but Randers (001: the municipalities
// there ask for fixed contacts in BUA); none for Samsø (a planted gap).
for (const c of CLUSTERS.filter((x) => x.slug !== 'randers')) {
  for (const slug of c.municipalities.filter((s) => s !== 'samsoe')) {
    contact(buaClusterRep.get(c.slug)!, muni(slug).id, {
      role: 'fast kontaktperson i BUA',
      topics: ['generel faglig sparring', 'målgruppekriterier', 'henvisning eller ej'],
      pathways: ALL_PATHWAYS,
      steps: [2, 3],
      audience: ['PPR', 'familieafdeling', 'sundhedspleje', 'skole'],
      since: '2023-09-01',
    });
  }
}
contact(eatingDisorderContact, 'org:plo-midtjylland', {
  role: 'fast kontaktperson for spiseforstyrrelser',
  topics: ['spiseforstyrrelser', 'henvisning'],
  pathways: ['pathway:spiseforstyrrelser'],
  steps: [3, 4],
  audience: ['praktiserende læger'],
});
contact(buaPracticeConsultant, 'org:plo-midtjylland', {
  role: 'praksiskonsulent i BUA',
  topics: ['henvisning til BUA', 'målgruppekriterier', 'tilbagehenvisninger'],
  pathways: ALL_PATHWAYS,
  steps: [3, 4],
  audience: ['praktiserende læger'],
});
// Somatics: no fixed contact. The children's department in Randers asks for direct contact and
// structured sparring (001); its one link to the municipalities is its member of the
// implementation group.
// Municipalities → BUA: PPR leaders as receivers of important and general information, in the
// clusters outside Randers, except Samsø and Lemvig (planted gaps).
for (const mu of MUNIS.filter((m) => m.cluster.slug !== 'randers' && m.slug !== 'samsoe' && m.slug !== 'lemvig')) {
  contact(lead('ppr', mu.slug), 'org:bua', {
    role: `fast kontaktperson for BUA i ${mu.m.officialName}`,
    topics: ['væsentlig og generel information', 'samarbejdsaftalen', 'lettilgængelige behandlingstilbud'],
    pathways: ALL_PATHWAYS,
    steps: [2, 3],
    audience: ['BUA'],
  });
}
// Municipal treatment offers → general practice, from July 2024.
for (const mu of MUNIS) {
  contact(lead('behandlingstilbud', mu.slug), 'org:plo-midtjylland', {
    role: 'kontaktperson for almen praksis',
    topics: ['det kommunale behandlingstilbud', 'visitation'],
    pathways: ['pathway:angst-depression'],
    steps: [2],
    audience: ['praktiserende læger'],
    since: '2024-07-01',
  });
}
// Practice consultants → their municipality.
for (const c of CLUSTERS) {
  const mu = muni(PC_HOME[c.slug]!);
  contact(practiceConsultant.get(c.slug)!, mu.id, {
    role: 'kommunal praksiskonsulent',
    topics: ['samarbejde med almen praksis', 'korrespondancemeddelelser', 'lokationsnumre'],
    steps: [1, 2, 3],
    audience: ['PPR', 'familieafdeling', 'sundhedspleje'],
    since: '2021-01-01',
  });
}

// =============================================================================================
// 05 People, WORKS_IN, CONTACT_FOR
file('05-people.json');
for (const p of people) node('Person', p.id, p.props);
for (const [p, o, props] of worksIn) rel('WORKS_IN', p, o, props);
for (const [p, o, props] of contacts) rel('CONTACT_FOR', p, o, props);

// 06 Memberships and members' mandates
file('06-memberships.json');
for (const [p, g, props] of memberships) rel('MEMBER_OF', p, g, props);
for (const [p, m, props] of personMandates) rel('HOLDS', p, m, props);

// =============================================================================================
// 07 Channels
file('07-channels.json');

// MedCom correspondence between general practice and each municipality. Randers cluster: three of
// four established, one opening its correspondence module (001; which one is not said: Syddjurs
// is assumed). Norddjurs established (003). Elsewhere the status is synthetic: 000 says the
// channel is hard to establish in every cluster.
const MEDCOM_STATUS: Record<string, { status: string; attachments: boolean; src?: Rec }> = {
  norddjurs: { status: 'ESTABLISHED', attachments: true, src: D003 },
  favrskov: { status: 'ESTABLISHED', attachments: false, src: inferred(D001) },
  randers: { status: 'ESTABLISHED', attachments: true, src: inferred(D001) },
  syddjurs: { status: 'IN_PROGRESS', attachments: false, src: inferred(D001) },
  aarhus: { status: 'ESTABLISHED', attachments: true },
  samsoe: { status: 'PLANNED', attachments: false },
  hedensted: { status: 'IN_PROGRESS', attachments: false },
  horsens: { status: 'ESTABLISHED', attachments: true },
  odder: { status: 'ESTABLISHED', attachments: false },
  skanderborg: { status: 'IN_PROGRESS', attachments: true },
  silkeborg: { status: 'ESTABLISHED', attachments: true },
  skive: { status: 'PLANNED', attachments: false },
  viborg: { status: 'IN_PROGRESS', attachments: true },
  herning: { status: 'ESTABLISHED', attachments: true },
  holstebro: { status: 'IN_PROGRESS', attachments: false },
  'ikast-brande': { status: 'ESTABLISHED', attachments: false },
  lemvig: { status: 'PLANNED', attachments: false },
  'ringkoebing-skjern': { status: 'IN_PROGRESS', attachments: true },
  struer: { status: 'IN_PROGRESS', attachments: false },
};
for (const mu of MUNIS) {
  const s = MEDCOM_STATUS[mu.slug]!;
  const id = `channel:medcom-${mu.slug}`;
  node('Channel', id, {
    name: `MedCom-korrespondance mellem almen praksis og ${mu.m.officialName}`,
    kind: 'MEDCOM_CORRESPONDENCE',
    status: s.status,
    address: s.status === 'PLANNED' ? undefined : syntheticGln(),
    supportsAttachments: s.attachments,
    rules:
      'Korrespondancebrev om børn og unge i psykisk mistrivsel, begge veje; skriv til lokationsnummeret for den rette kommunale enhed; samtykke efter gældende regler (afklares i KL-regi).',
    description: `${
      s.status === 'IN_PROGRESS' && mu.cluster.slug === 'randers'
        ? 'The one municipality in the Randers cluster still opening its correspondence module (001 does not name it; assumed). '
        : ''
    }The location number is synthetic (valid GS1 check digit).`,
    ...s.src,
  });
  rel('PROVIDES', mu.id, id, s.src ?? {});
  rel('SERVES', id, 'org:plo-midtjylland', s.src ?? {});
  for (const practice of practicesOf.get(mu.slug)!) rel('SERVES', id, practice);
}

// BUA's advisory line (001, 003).
node('Channel', 'channel:bua-raadgivning', {
  name: 'Rådgivningsenheden i BUA: sparring for kommunale medarbejdere',
  kind: 'ADVISORY_SERVICE',
  status: 'ESTABLISHED',
  schedule: 'Faste tidspunkter for virtuelle møder: tirsdag kl. 9–10 og torsdag kl. 13–14; tid bookes på forhånd',
  rules: '1:1, generel faglig sparring, ikke konkrete sager: én fagperson ad gangen (patientrettigheder og anonymitet); derfor kræves intet samtykke',
  description:
    'Direct contact for sparring for municipal staff, often to clarify whether a referral is relevant (001). Fixed times for virtual meetings (003); the times themselves are synthetic.',
  ...D001,
});
rel('PROVIDES', 'org:bua-raadgivningsenheden', 'channel:bua-raadgivning', D001);
for (const mu of MUNIS) rel('SERVES', 'channel:bua-raadgivning', mu.id, inferred(D001));
rel('SERVES', 'channel:bua-raadgivning', unitId('ppr', 'norddjurs'), D003);
rel('SERVES', 'channel:bua-raadgivning', unitId('familie', 'norddjurs'), D003);

node('Channel', 'channel:bua-undervisning-psykopatologi', {
  name: 'Virtuel undervisning i psykopatologi',
  kind: 'VIRTUAL_MEETING',
  status: 'IN_PROGRESS',
  rules: 'Kompetenceudvikling for kommunale fagpersoner',
  description: "Part of BUA's offer under element 2 (003); BUA is developing competence development in 2024 (001).",
  ...D003,
});
rel('PROVIDES', 'org:bua', 'channel:bua-undervisning-psykopatologi', D003);
for (const mu of MUNIS) rel('SERVES', 'channel:bua-undervisning-psykopatologi', mu.id);

// VISO: specialised advice; the interface to BUA's advice is to be clarified (001).
node('Channel', 'channel:viso-henvendelse', {
  name: 'Henvendelse til VISO om specialiseret rådgivning',
  kind: 'REFERRAL',
  status: 'ESTABLISHED',
  rules: "Specialiseret rådgivning i komplekse sager; snitfladen til BUA's generelle sparring er ikke afklaret",
  ...D001,
});
rel('PROVIDES', 'org:viso', 'channel:viso-henvendelse', D001);
for (const mu of MUNIS) rel('SERVES', 'channel:viso-henvendelse', mu.id, inferred(D001));

// Notifications go the usual way (003).
node('Channel', 'channel:underretning-norddjurs', {
  name: 'Underretning til Børne- og Familieafdelingen, Norddjurs Kommune',
  kind: 'SECURE_EMAIL',
  status: 'ESTABLISHED',
  rules: 'Underretninger indsendes ad vanlig vej',
  ...D003,
});
rel('PROVIDES', unitId('familie', 'norddjurs'), 'channel:underretning-norddjurs', D003);
rel('SERVES', 'channel:underretning-norddjurs', 'org:bua', D003);

// Phone lines (synthetic numbers): BUA for GPs; each municipal treatment offer for GPs and families.
node('Channel', 'channel:bua-telefon-almen-praksis', {
  name: 'BUA: telefonisk rådgivning for praktiserende læger',
  kind: 'PHONE_LINE',
  status: 'ESTABLISHED',
  address: phone('784'),
  schedule: 'Hverdage kl. 8–9',
  rules: 'For praktiserende læger; generelle spørgsmål om henvisning og målgruppe',
  description: 'Synthetic channel and number.',
});
rel('PROVIDES', 'org:bua', 'channel:bua-telefon-almen-praksis');
rel('SERVES', 'channel:bua-telefon-almen-praksis', 'org:plo-midtjylland');
const phoneStatus = rng.fork('phone-status');
for (const mu of MUNIS) {
  const id = `channel:telefon-behandlingstilbud-${mu.slug}`;
  node('Channel', id, {
    name: `Telefonisk åben rådgivning, det kommunale behandlingstilbud, ${mu.m.officialName}`,
    kind: 'PHONE_LINE',
    status: phoneStatus.chance(0.8) ? 'ESTABLISHED' : 'IN_PROGRESS',
    address: phone('8'),
    schedule: phoneStatus.pick(['Mandag–torsdag kl. 9–12', 'Hverdage kl. 10–12', 'Tirsdag og torsdag kl. 13–15']),
    rules: 'For børn, unge, forældre og fagpersoner; anonymt muligt',
    description: 'Synthetic number and times; the offer exists in every municipality from July 2024 (004).',
  });
  rel('PROVIDES', unitId('behandlingstilbud', mu.slug), id, { since: '2024-07-01' });
  rel('SERVES', id, 'org:plo-midtjylland', { since: '2024-07-01' });
}

// Websites a family can read itself: each municipality's official home page and the region's
// psychiatry's. No SERVES: a public home page is not a tie between two sectors (the interface
// map and the gap rules count SERVES as one); the guide finds the psychiatry's as a website of
// a body of the municipality's region (PART_OF the same region). Real
// public addresses, neither from the five documents (so no `source`, which names one of them)
// nor synthetic: the description says where they come from.
const WEBSITE_NOTE = 'Source: the public home page of the body itself (its official address); not from the five documents, not synthetic.';
for (const mu of MUNIS) {
  const id = `channel:web-${mu.slug}`;
  node('Channel', id, {
    name: `Hjemmeside for ${mu.m.officialName}`,
    kind: 'WEBSITE',
    status: 'ESTABLISHED',
    address: `https://www.${mu.domain}`,
    description: `${mu.m.officialName}'s public home page. ${WEBSITE_NOTE}`,
  });
  rel('PROVIDES', mu.id, id);
}
node('Channel', 'channel:web-psykiatrien-rm', {
  name: 'Hjemmeside for Psykiatrien i Region Midtjylland',
  kind: 'WEBSITE',
  status: 'ESTABLISHED',
  address: 'https://www.psykiatrien.rm.dk',
  description: `The public home page of the Central Denmark Region's psychiatry, for every municipality's families. ${WEBSITE_NOTE}`,
});
rel('PROVIDES', 'org:psykiatrien-rm', 'channel:web-psykiatrien-rm');

// =============================================================================================
// 08 Statuses (Organisation → Element)
file('08-statuses.json');
function status(org: string, n: number, level: string, asOf: string, note: string, src: Rec | undefined): void {
  rel('STATUS', org, elementId(n), { level, asOf, note, ...src }, asOf);
}
// Norddjurs, 24 February 2023 (003). The table's colours did not survive; the text implies them.
status('org:municipality-norddjurs', 1, 'GREEN', '2023-02-24', 'Norddjurs Kommune har etableret en kommunikationsvej (MedCom).', inferred(D003));
status(
  'org:municipality-norddjurs',
  2,
  'BLUE',
  '2023-02-24',
  'Underretninger indsendes ad vanlig vej. Hvis samarbejdsaftalen godkendes, stiller BUA delindsatserne til rådighed som tilbud; implementeringen ligger først og fremmest hos BUA.',
  inferred(D003),
);
status(
  'org:municipality-norddjurs',
  3,
  'YELLOW',
  '2023-02-24',
  'Pr. delindsats: koordinering gul (potentiale for at skærpe systematikken); fælles målsætninger gul (større samskabelse tværfagligt); kontaktpersoner på hvert trin rød (udpeges ikke automatisk, erfaring med tovholdere); rådspørgning af BUP grøn (PPR og Børne- og Familieafdelingen kan booke rådgivning); tidlig kontakt blå (BUP\'s ansvar); orientering af BUP og privatpraktiserende speciallæger gul (kan systematiseres); overgange gul ("På Tværs" kan skærpe); fire-trinsmodel gul (afspejler praksis, skal formidles); implementering og opfølgning gul ("På Tværs" planlægger).',
  inferred(D003),
);
// Randers cluster, first half of 2024 (001): element by element for the four municipalities.
for (const slug of RANDERS_CLUSTER.municipalities) {
  const org = muni(slug).id;
  if (slug === 'syddjurs') {
    status(
      org,
      1,
      'YELLOW',
      '2024-04-01',
      'Er i gang med at oprette systemet og forventer at åbne korrespondancemodulet i nærmeste fremtid (001 nævner ikke kommunen; antaget).',
      inferred(D001),
    );
  } else {
    status(
      org,
      1,
      'GREEN',
      '2024-04-01',
      'Færdig med at oprette systemet til direkte korrespondance med almen praksis; tekniske forskelle, fx om filer kan vedhæftes.',
      inferred(D001),
    );
  }
  status(
    org,
    2,
    'YELLOW',
    '2024-04-01',
    'Rådgivningsenheden fungerer og sparringen er effektfuld, men 1:1-kravet og manglende specialiseret sparring får nogle kommuner til at holde sig tilbage; snitfladen til VISO skal afklares.',
    inferred(D001),
  );
  status(
    org,
    3,
    'YELLOW',
    '2024-04-01',
    'Fortsat behov for at styrke samarbejdet: faste kontaktpersoner begge veje, bedre sparringsmuligheder, tydelige målgruppekriterier, kortlægning og visualisering af samarbejdsfladerne.',
    inferred(D001),
  );
}
// Later statuses, synthetic, so the history has more than one point (no source: not from a document).
status('org:municipality-norddjurs', 3, 'GREEN', '2025-01-15', 'Syntetisk eksempel: lokal vejviser og kontaktpersoner på hvert trin er indført.', undefined);
status(
  'org:municipality-randers',
  2,
  'GREEN',
  '2025-01-15',
  'Syntetisk eksempel: faste virtuelle sparringstider med BUA bruges af PPR og familieafdelingen.',
  undefined,
);
status('org:municipality-favrskov', 3, 'RED', '2025-01-15', 'Syntetisk eksempel: faste kontaktpersoner i BUA mangler fortsat.', undefined);
status('org:municipality-aarhus', 1, 'GREEN', '2024-09-01', 'Syntetisk eksempel: korrespondance med almen praksis i drift.', undefined);
status('org:municipality-samsoe', 1, 'RED', '2024-09-01', 'Syntetisk eksempel: ingen digital kommunikationsvej til almen praksis endnu.', undefined);

// =============================================================================================
for (const [name, content] of files) {
  fs.writeFileSync(path.join(OUT, name), `${JSON.stringify(content, null, 1)}\n`);
  console.log(`${name}: ${content.nodes.length} nodes, ${content.relationships.length} relationships`);
}
