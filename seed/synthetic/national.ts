/**
 * A synthetic national dataset: 5 regions, the 98 real municipalities (names and codes from
 * api/src/domain/municipalities.ts), about 21 health clusters, about 1,700 GP practices and
 * about 25,000 fictitious people, with groups, mandates, channels, agreements and three years
 * of statuses. Deterministic: the same seed gives the same records, byte for byte. It is for
 * load and performance work; nothing in it is a fact, and every id starts with "dk-" after its
 * kind prefix so it never collides with the Central Denmark dataset.
 */
import { createHash } from 'node:crypto';
import { withCheckDigit } from '../../api/src/domain/location-number.js';
import { MUNICIPALITIES, REGIONS, slugOf, type Municipality, type RegionCode } from '../../api/src/domain/municipalities.js';
import type { Perspective, StatusLevel } from '../../api/src/domain/vocabulary.js';
import type { SeedFile } from '../../api/src/dataset/read-dataset.js';
import { Rng } from './prng.js';
import { NameSource, asciiName } from './names.js';

export interface NationalOptions {
  /** The PRNG seed; the same seed gives the same dataset. */
  seed?: number;
  /** Scales practices and staff (1 = about 1,700 practices and 25,000 people). */
  scale?: number;
}

export const DEFAULT_SEED = 42;

type Rec = Record<string, unknown>;

/** Clusters per region; Central Denmark keeps its five real ones. */
const CLUSTERS_PER_REGION: Record<RegionCode, number> = { '1081': 4, '1082': 5, '1083': 5, '1084': 4, '1085': 3 };
const MIDT_CLUSTERS: Array<[string, string[]]> = [
  ['Horsens', ['766', '615', '727', '746']],
  ['Midt', ['740', '779', '791']],
  ['Randers', ['710', '707', '730', '706']],
  ['Vest', ['657', '661', '756', '665', '760', '671']],
  ['Aarhus', ['751', '741']],
];
/** Larger towns get more practices and staff. */
const BIG: Record<string, number> = {
  '101': 6,
  '751': 4,
  '461': 3,
  '851': 3,
  '147': 2,
  '621': 1.6,
  '630': 1.6,
  '561': 1.6,
  '730': 1.5,
  '657': 1.4,
  '740': 1.4,
  '615': 1.4,
};

const PERSPECTIVES_IMPL: Perspective[] = ['PSYCHIATRY', 'SOMATICS', 'GENERAL_PRACTICE', 'HEALTH_VISITING', 'PPR', 'FAMILY_SOCIAL', 'SCHOOL', 'YOUTH_GUIDANCE'];
const UNITS: Array<{ key: string; name: string; perspective: Perspective; profession: string; weight: number; validFrom?: string }> = [
  { key: 'ppr', name: 'PPR', perspective: 'PPR', profession: 'Psykolog', weight: 4 },
  { key: 'sundhedspleje', name: 'Sundhedsplejen', perspective: 'HEALTH_VISITING', profession: 'Sundhedsplejerske', weight: 4 },
  { key: 'familie', name: 'Familieafdelingen', perspective: 'FAMILY_SOCIAL', profession: 'Socialrådgiver', weight: 7 },
  { key: 'skole', name: 'Skoleområdet', perspective: 'SCHOOL', profession: 'Lærer', weight: 9 },
  { key: 'kui', name: 'Kommunal ungeindsats (KUI)', perspective: 'YOUTH_GUIDANCE', profession: 'Uddannelsesvejleder', weight: 2 },
  {
    key: 'behandlingstilbud',
    name: 'Det kommunale behandlingstilbud',
    perspective: 'MUNICIPAL_TREATMENT',
    profession: 'Psykolog',
    weight: 1,
    validFrom: '2024-07-01',
  },
];
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
  'Algade',
  'Storegade',
  'Jernbanegade',
  'Bygaden',
];
const STATUS_DATES = ['2022-01-01', '2022-07-01', '2023-01-01', '2023-07-01', '2024-01-01', '2024-07-01'];
const LEVELS: StatusLevel[] = ['RED', 'YELLOW', 'GREEN'];

export function generateNational(options: NationalOptions = {}): SeedFile {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 1;
  const root = new Rng(seed);
  const rng = root.fork('structure');
  const names = new NameSource(root.fork('names'));
  const nodes: Rec[] = [];
  const relationships: Rec[] = [];
  let relSeq = 0;
  const node = (label: string, id: string, props: Rec) => {
    nodes.push({ label, id, ...strip(props) });
    return id;
  };
  const rel = (type: string, from: string, to: string, props: Rec = {}) => {
    relationships.push({ type, id: `rel:dk-${(++relSeq).toString(36)}`, from, to, ...strip(props) });
  };
  const usedGln = new Set<string>();
  const gln = () => {
    for (;;) {
      const value = withCheckDigit(`579${rng.digits(9)}`);
      if (!usedGln.has(value)) return (usedGln.add(value), value);
    }
  };
  const phone = (first: string) => {
    const d = first + rng.digits(8 - first.length);
    return `+45 ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6)}`;
  };
  let personSeq = 0;
  const person = (title: string, profession: string, domain: string | null): string => {
    const n = names.next();
    const id = `person:dk-${(++personSeq).toString().padStart(6, '0')}`;
    node('Person', id, {
      name: n.full,
      title,
      profession,
      email: domain ? `${asciiName(n.given)}.${asciiName(n.family)}.${personSeq.toString(36)}@${domain}` : undefined,
      phone: phone(rng.pick(['2', '3', '4', '5', '6', '7', '8', '9'])),
      fictitious: true,
    });
    return id;
  };

  // National bodies.
  node('Organisation', 'org:dk-viso', { name: 'VISO', kind: 'NATIONAL_BODY', sector: 'NATIONAL' });
  node('Organisation', 'org:dk-kl', { name: 'KL – Kommunernes Landsforening', kind: 'NATIONAL_BODY', sector: 'NATIONAL' });
  node('Organisation', 'org:dk-medcom', { name: 'MedCom', kind: 'NATIONAL_BODY', sector: 'NATIONAL' });
  node('Channel', 'channel:dk-viso', { name: 'Henvendelse til VISO', kind: 'REFERRAL', status: 'ESTABLISHED' });
  rel('PROVIDES', 'org:dk-viso', 'channel:dk-viso');

  // Pathways and the four steps, shared by all regions.
  const pathways = [
    ['pathway:dk-angst-depression', 'Forløbsprogram for børn og unge med angst og/eller depression'],
    ['pathway:dk-adhd', 'Forløbsprogram for børn og unge med ADHD'],
    ['pathway:dk-spiseforstyrrelser', 'Forløbsprogram for børn og unge med spiseforstyrrelser'],
  ] as const;
  for (const [id, name] of pathways) {
    node('Pathway', id, { name });
    for (let s = 1; s <= 4; s++) {
      node('Step', `step:${id.slice(8)}-${s}`, { name: `Trin ${s}`, number: s });
      rel('HAS_STEP', id, `step:${id.slice(8)}-${s}`);
    }
  }
  const pathwayIds = pathways.map(([id]) => id);

  for (const region of REGIONS) {
    const r = region.slug;
    const regionId = node('Organisation', `org:dk-region-${r}`, { name: region.name, kind: 'REGION', sector: 'REGION' });
    const psych = node('Organisation', `org:dk-psykiatri-${r}`, { name: `Psykiatrien, ${region.name}`, kind: 'HOSPITAL', sector: 'REGION' });
    rel('PART_OF', psych, regionId);
    const bua = node('Organisation', `org:dk-bua-${r}`, {
      name: `Børne- og Ungdomspsykiatrien, ${region.name}`,
      shortName: 'BUP',
      kind: 'HOSPITAL_DEPARTMENT',
      sector: 'REGION',
    });
    rel('PART_OF', bua, psych);
    const advisory = node('Organisation', `org:dk-bua-raadgivning-${r}`, {
      name: `Rådgivningsenheden, Børne- og Ungdomspsykiatrien, ${region.name}`,
      kind: 'HOSPITAL_DEPARTMENT',
      sector: 'REGION',
    });
    rel('PART_OF', advisory, bua);
    const plo = node('Organisation', `org:dk-plo-${r}`, {
      name: `PLO-${region.name.replace('Region ', '')}`,
      kind: 'GP_ORGANISATION',
      sector: 'GENERAL_PRACTICE',
    });
    const regionDomain = `region${r}.dk`;

    const advisoryChannel = node('Channel', `channel:dk-bua-raadgivning-${r}`, {
      name: `Rådgivning fra børne- og ungdomspsykiatrien, ${region.name}`,
      kind: 'ADVISORY_SERVICE',
      status: 'ESTABLISHED',
      schedule: rng.pick(['Tirsdag kl. 9–10 og torsdag kl. 13–14', 'Mandag og onsdag kl. 12–13', 'Hverdage kl. 8.30–9.30']),
      rules: '1:1, generel faglig sparring, ikke konkrete sager',
    });
    rel('PROVIDES', advisory, advisoryChannel);

    // BUA staff.
    const buaStaff: string[] = [];
    const buaCount = Math.round(90 * scale * (region.code === '1084' ? 1.6 : 1));
    for (let i = 0; i < buaCount; i++) {
      const p = person(rng.pick(['Overlæge', 'Psykolog', 'Sygeplejerske', 'Socialrådgiver', 'Ergoterapeut']), 'Sundhedsfaglig', regionDomain);
      rel('WORKS_IN', p, i % 6 === 0 ? advisory : bua, { role: 'medarbejder', since: `20${rng.int(10, 23)}-0${rng.int(1, 9)}-01` });
      buaStaff.push(p);
    }

    // The region's agreement and its three elements.
    const agreement = node('Agreement', `agreement:dk-mistrivsel-${r}`, {
      name: `Samarbejdsaftale om børn og unge i psykisk mistrivsel, ${region.name}`,
      validFrom: '2022-01-01',
    });
    const elements = [1, 2, 3].map((n) => {
      const id = node('Element', `element:dk-mistrivsel-${r}-${n}`, {
        name: [
          'Kommunikationsvej mellem almen praksis og kommuner',
          'Rådgivning fra børne- og ungdomspsykiatrien',
          'Forløbsprogrammernes tværsektorielle anbefalinger',
        ][n - 1]!,
        number: n,
      });
      rel('HAS_ELEMENT', agreement, id);
      return id;
    });
    rel('PARTY_TO', regionId, agreement, { since: '2022-01-01' });

    // Regional committees.
    const ssg = node('Group', `group:dk-sundhedsstyregruppe-${r}`, {
      name: `Sundhedsstyregruppen, ${region.name}`,
      kind: 'STEERING_GROUP',
      requiredPerspectives: ['PSYCHIATRY', 'GENERAL_PRACTICE', 'MANAGEMENT'],
    });
    const kosu = node('Group', `group:dk-kosu-${r}`, {
      name: `Den kommunale sundhedsstyregruppe, ${region.name}`,
      shortName: 'KOSU',
      kind: 'STEERING_GROUP',
      requiredPerspectives: ['MANAGEMENT'],
    });
    rel('ANCHORED_IN', ssg, regionId);
    const ssgMandate = node('Mandate', `mandate:dk-sundhedsstyregruppe-${r}`, {
      name: 'Beslutningsmandat',
      level: 'DECIDE',
      scope: 'Beslutninger om sundhedsaftalens samarbejdsaftaler',
      validFrom: '2024-01-01',
      validTo: '2027-12-31',
    });
    rel('HOLDS', ssg, ssgMandate);
    rel('CONCERNS', ssgMandate, agreement);
    for (const [i, p] of buaStaff.slice(0, 2).entries())
      rel('MEMBER_OF', p, ssg, { represents: ['PSYCHIATRY'], role: i === 0 ? 'CHAIR' : 'MEMBER', since: '2022-01-01' });

    // Clusters.
    const munis = MUNICIPALITIES.filter((m) => m.region === region.code);
    const clusters: Array<[string, Municipality[]]> =
      region.code === '1082'
        ? MIDT_CLUSTERS.map(([name, codes]) => [name, codes.map((c) => munis.find((m) => m.code === c)!)])
        : chunk(munis, CLUSTERS_PER_REGION[region.code]).map((ms) => [ms[0]!.name, ms]);

    for (const [clusterName, clusterMunis] of clusters) {
      const cs = slugOf(clusterName);
      const cluster = node('Organisation', `org:dk-cluster-${r}-${cs}`, { name: `Sundhedsklynge ${clusterName}`, kind: 'CLUSTER', sector: 'REGION' });
      rel('PART_OF', cluster, regionId);
      const hospital = node('Organisation', `org:dk-hospital-${r}-${cs}`, { name: `Hospitalsenhed ${clusterName}`, kind: 'HOSPITAL', sector: 'REGION' });
      rel('PART_OF', hospital, regionId);
      rel('IN_CLUSTER', hospital, cluster);
      const children = node('Organisation', `org:dk-boerneafdeling-${r}-${cs}`, {
        name: `Børne- og Ungeafdelingen, Hospitalsenhed ${clusterName}`,
        kind: 'HOSPITAL_DEPARTMENT',
        sector: 'REGION',
      });
      rel('PART_OF', children, hospital);
      const childrenStaff: string[] = [];
      for (let i = 0; i < Math.round(45 * scale); i++) {
        const p = person(rng.pick(['Overlæge', 'Afdelingslæge', 'Sygeplejerske', 'Psykolog']), 'Sundhedsfaglig', regionDomain);
        rel('WORKS_IN', p, children, { role: 'medarbejder' });
        childrenStaff.push(p);
      }

      const steering = node('Group', `group:dk-klyngestyregruppe-${r}-${cs}`, {
        name: `Klyngestyregruppen, ${clusterName}`,
        kind: 'CLUSTER_STEERING_GROUP',
        requiredPerspectives: ['PSYCHIATRY', 'SOMATICS', 'GENERAL_PRACTICE', 'MANAGEMENT'],
      });
      rel('ANCHORED_IN', steering, cluster);
      rel('REPORTS_TO', steering, ssg);
      const impl = node('Group', `group:dk-implementeringsgruppe-${r}-${cs}`, {
        name: `Implementeringsgruppen, ${clusterName}`,
        kind: 'IMPLEMENTATION_GROUP',
        requiredPerspectives: PERSPECTIVES_IMPL,
      });
      rel('ANCHORED_IN', impl, cluster);
      // Some groups lack a reporting line.
      if (rng.chance(0.85)) rel('REPORTS_TO', impl, steering);
      rel('IMPLEMENTS', impl, agreement);
      const implMandate = node('Mandate', `mandate:dk-implementeringsgruppe-${r}-${cs}`, {
        name: 'Implementeringsgruppens mandat',
        level: 'RECOMMEND',
        scope: 'Indstille til klyngestyregruppen om implementeringen af samarbejdsaftalen',
        validFrom: '2022-01-01',
        // Some mandates expired and were not renewed.
        validTo: rng.chance(0.2) ? '2023-12-31' : '2025-12-31',
      });
      rel('HOLDS', impl, implMandate);
      rel('GRANTED_BY', implMandate, steering, { decidedOn: '2021-12-01' });
      rel('CONCERNS', implMandate, agreement);
      rel('MEMBER_OF', rng.pick(buaStaff), impl, { represents: ['PSYCHIATRY'], since: '2022-01-01' });
      if (rng.chance(0.9)) rel('MEMBER_OF', rng.pick(childrenStaff), impl, { represents: ['SOMATICS'], since: '2022-01-01' });
      rel('MEMBER_OF', rng.pick(buaStaff), steering, { represents: ['PSYCHIATRY'] });

      for (const m of clusterMunis) {
        const ms = slugOf(m.name);
        const domain = `${ms}.dk`;
        const weight = BIG[m.code] ?? 1;
        const muni = node('Organisation', `org:dk-municipality-${ms}`, {
          name: m.officialName,
          shortName: m.name,
          kind: 'MUNICIPALITY',
          sector: 'MUNICIPALITY',
          municipalityCode: m.code,
          phone: phone('7'),
        });
        rel('IN_CLUSTER', muni, cluster);
        rel('PARTY_TO', muni, agreement, { since: '2022-01-01' });
        const director = person('Direktør for børn og familie', 'Cand.scient.adm.', domain);
        rel('WORKS_IN', director, muni, { role: 'direktør' });
        rel('MEMBER_OF', director, steering, { represents: ['MANAGEMENT'], onBehalfOf: muni });
        if (rng.chance(0.3)) rel('MEMBER_OF', director, kosu, { represents: ['MANAGEMENT'] });

        // Units and their staff.
        const unitStaff = new Map<string, string[]>();
        for (const u of UNITS) {
          const unit = node('Organisation', `org:dk-${u.key}-${ms}`, {
            name: `${u.name}, ${m.officialName}`,
            kind: 'MUNICIPAL_UNIT',
            sector: 'MUNICIPALITY',
            municipalityCode: m.code,
            validFrom: u.validFrom,
          });
          rel('PART_OF', unit, muni, { since: u.validFrom });
          const staff: string[] = [];
          const count = Math.max(2, Math.round(u.weight * 5.9 * weight * scale * (0.7 + rng.next() * 0.6)));
          for (let i = 0; i < count; i++) {
            const p = person(i === 0 ? `Leder, ${u.name}` : u.profession, u.profession, domain);
            rel('WORKS_IN', p, unit, { role: i === 0 ? 'leder' : 'medarbejder', since: u.validFrom });
            staff.push(p);
          }
          unitStaff.set(u.key, staff);
        }
        const leaderOf = (key: string) => unitStaff.get(key)![0]!;

        // One municipality of the cluster sends each municipal perspective to the implementation group; some seats stay empty.
        for (const u of UNITS) {
          if (rng.chance(1 / clusterMunis.length) && rng.chance(0.9)) {
            rel('MEMBER_OF', leaderOf(u.key), impl, {
              represents: [u.perspective],
              onBehalfOf: muni,
              since: u.validFrom ?? '2022-01-01',
              until: !u.validFrom && rng.chance(0.05) ? '2023-06-30' : undefined,
            });
          }
        }
        // A local network per municipality.
        const network = node('Group', `group:dk-netvaerk-${ms}`, {
          name: `Tværgående netværk om børn og unge i mistrivsel, ${m.officialName}`,
          kind: 'NETWORK',
          requiredPerspectives: ['PPR', 'FAMILY_SOCIAL', 'SCHOOL', 'HEALTH_VISITING'],
        });
        rel('ANCHORED_IN', network, muni);
        UNITS.forEach((u, i) => {
          rel('MEMBER_OF', leaderOf(u.key), network, { represents: [u.perspective], role: i === 0 ? 'CHAIR' : 'MEMBER' });
        });

        // Fixed contacts both ways; some municipalities lack one.
        if (rng.chance(0.8)) {
          rel('CONTACT_FOR', rng.pick(buaStaff), muni, {
            role: 'fast kontaktperson i BUA',
            topics: ['generel faglig sparring'],
            pathways: pathwayIds,
            steps: [2, 3],
            audience: ['PPR', 'familieafdeling'],
          });
        }
        if (rng.chance(0.75)) {
          rel('CONTACT_FOR', leaderOf('ppr'), bua, {
            role: 'fast kontaktperson for BUA',
            topics: ['væsentlig og generel information'],
            steps: [2, 3],
            audience: ['BUA'],
          });
        }
        rel('CONTACT_FOR', leaderOf('behandlingstilbud'), plo, {
          role: 'kontaktperson for almen praksis',
          pathways: [pathwayIds[0]],
          steps: [2],
          audience: ['praktiserende læger'],
          since: '2024-07-01',
        });

        // Channels.
        const medcomStatus = rng.pick(['ESTABLISHED', 'ESTABLISHED', 'IN_PROGRESS', 'PLANNED'] as const);
        const medcom = node('Channel', `channel:dk-medcom-${ms}`, {
          name: `MedCom-korrespondance mellem almen praksis og ${m.officialName}`,
          kind: 'MEDCOM_CORRESPONDENCE',
          status: medcomStatus,
          address: medcomStatus === 'PLANNED' ? undefined : gln(),
          supportsAttachments: rng.chance(0.6),
        });
        rel('PROVIDES', muni, medcom);
        rel('SERVES', medcom, plo);
        rel('SERVES', advisoryChannel, muni);
        const line = node('Channel', `channel:dk-telefon-${ms}`, {
          name: `Åben telefonrådgivning, ${m.officialName}`,
          kind: 'PHONE_LINE',
          status: 'ESTABLISHED',
          address: phone('7'),
          schedule: 'Hverdage kl. 10–12',
        });
        rel('PROVIDES', `org:dk-behandlingstilbud-${ms}`, line, { since: '2024-07-01' });
        rel('SERVES', line, plo);

        // GP practices.
        const practices = Math.max(2, Math.round(15 * weight * scale * (0.75 + rng.next() * 0.5)));
        for (let i = 0; i < practices; i++) {
          const street = STREETS[i % STREETS.length]!;
          const practice = node('Organisation', `org:dk-gp-${ms}-${i + 1}`, {
            name: `Lægehuset ${street}${i >= STREETS.length ? ` ${Math.floor(i / STREETS.length) + 1}` : ''}, ${m.name}`,
            kind: 'GP_PRACTICE',
            sector: 'GENERAL_PRACTICE',
            municipalityCode: m.code,
            locationNumber: gln(),
            phone: phone('8'),
          });
          rel('PART_OF', practice, plo);
          rel('IN_CLUSTER', practice, cluster);
          rel('SERVES', medcom, practice);
          const gps = rng.int(1, 3);
          for (let g = 0; g < gps; g++) {
            const gp = person('Praktiserende læge', 'Speciallæge i almen medicin', null);
            rel('WORKS_IN', gp, practice, { role: g === 0 ? 'indehaver' : 'læge' });
          }
          if (rng.chance(0.6)) rel('WORKS_IN', person('Praksissygeplejerske', 'Sygeplejerske', null), practice, { role: 'sygeplejerske' });
          if (i === 0) {
            // A practice consultant per municipality, the GP representative of the cluster.
            const pc = person('Praktiserende læge og praksiskonsulent', 'Speciallæge i almen medicin', domain);
            rel('WORKS_IN', pc, practice, { role: 'læge' });
            rel('WORKS_IN', pc, muni, { role: 'kommunal praksiskonsulent' });
            if (m === clusterMunis[0]) {
              rel('MEMBER_OF', pc, impl, { represents: ['GENERAL_PRACTICE'], onBehalfOf: plo });
              rel('MEMBER_OF', pc, steering, { represents: ['GENERAL_PRACTICE'], onBehalfOf: plo });
            }
          }
        }

        // Three years of statuses, half-yearly, per element: a random walk towards green.
        elements.forEach((element, e) => {
          let level = rng.int(0, 1);
          for (const asOf of STATUS_DATES) {
            if (rng.chance(0.35)) level = Math.min(2, level + 1);
            else if (rng.chance(0.08)) level = Math.max(0, level - 1);
            const blue = e === 1 && asOf < '2023-01-01' && rng.chance(0.5);
            rel('STATUS', muni, element, { level: blue ? 'BLUE' : LEVELS[level], asOf, note: 'Syntetisk status' });
          }
        });
      }
    }
  }
  return { nodes, relationships };
}

/** A content hash of a generated dataset: the same seed must give the same hash. */
export function datasetHash(file: SeedFile): string {
  return createHash('sha256').update(JSON.stringify(file)).digest('hex');
}

function chunk<T>(items: readonly T[], parts: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < parts; i++) out.push(items.slice(Math.round((i * items.length) / parts), Math.round(((i + 1) * items.length) / parts)));
  return out;
}

function strip(props: Rec): Rec {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}
