import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATASET } from '../../api/src/bootstrap.js';
import { MUNICIPALITIES } from '../../api/src/domain/municipalities.js';
import { readSeedDir, validateDataset } from '../../api/src/dataset/read-dataset.js';

/**
 * What the Central Denmark dataset says, checked on its files: the structure the documents
 * describe, and the gaps planted so the gap finder has something true to find.
 */
/** The fields of a seed record these tests read, as the files write them (each only where its label or type has it). */
interface Rec {
  id: string;
  label?: string;
  kind?: string;
  name?: string;
  email?: string;
  fictitious?: boolean;
  municipalityCode?: string;
  number?: number;
  level?: string;
  role?: string;
  represents?: string[];
  requiredPerspectives?: string[];
  asOf?: string;
  since?: string;
  until?: string;
  validFrom?: string;
  validTo?: string;
  decidedOn?: string;
  status?: string;
  supportsAttachments?: boolean;
  rules?: string;
  schedule?: string;
  source?: string;
  sourceDate?: string;
}
/** A relationship: a record with a type and its two ends. */
interface RelRec extends Rec {
  type: string;
  from: string;
  to: string;
}
const files = readSeedDir(DEFAULT_DATASET);
const nodes: Rec[] = files.flatMap(({ content }) => (content as { nodes?: Rec[] }).nodes ?? []);
const rels: RelRec[] = files.flatMap(({ content }) => (content as { relationships?: RelRec[] }).relationships ?? []);
const byId = new Map(nodes.map((n) => [n.id, n]));
const out = (type: string, from: string) => rels.filter((r) => r.type === type && r.from === from);
const into = (type: string, to: string) => rels.filter((r) => r.type === type && r.to === to);
const municipalities = nodes.filter((n) => n.kind === 'MUNICIPALITY');
const RANDERS = ['org:municipality-favrskov', 'org:municipality-norddjurs', 'org:municipality-randers', 'org:municipality-syddjurs'];
const TODAY = '2024-12-31';
const current = (r: Rec, on = TODAY) => (r.since === undefined || r.since <= on) && (r.until === undefined || r.until >= on);

describe('the Central Denmark dataset', () => {
  it('validates as a whole', () => {
    expect(() => validateDataset(files)).not.toThrow();
  });

  it('has the 19 municipalities with their real codes, in the 5 clusters', () => {
    expect(municipalities).toHaveLength(19);
    for (const m of municipalities) {
      expect(MUNICIPALITIES.find((x) => x.code === m.municipalityCode)?.officialName).toBe(m.name);
    }
    const clusterOf = (id: string) => out('IN_CLUSTER', id)[0]?.to;
    expect(RANDERS.map(clusterOf)).toEqual(Array(4).fill('org:cluster-randers'));
    expect(['hedensted', 'horsens', 'odder', 'skanderborg'].map((s) => clusterOf(`org:municipality-${s}`))).toEqual(Array(4).fill('org:cluster-horsens'));
    expect(['silkeborg', 'skive', 'viborg'].map((s) => clusterOf(`org:municipality-${s}`))).toEqual(Array(3).fill('org:cluster-midt'));
    expect(['herning', 'holstebro', 'ikast-brande', 'lemvig', 'ringkoebing-skjern', 'struer'].map((s) => clusterOf(`org:municipality-${s}`))).toEqual(
      Array(6).fill('org:cluster-vest'),
    );
    expect(['aarhus', 'samsoe'].map((s) => clusterOf(`org:municipality-${s}`))).toEqual(Array(2).fill('org:cluster-aarhus'));
  });

  it('gives every municipality PPR, health visiting, family department, schools, KUI and the treatment offer', () => {
    for (const m of municipalities) {
      const units = into('PART_OF', m.id).map((r) => byId.get(r.from)!);
      expect(units.map((u) => u.id.split(':')[1]!.split('-')[0]).sort(), m.name).toEqual([
        'behandlingstilbud',
        'familie',
        'kui',
        'ppr',
        'skole',
        'sundhedspleje',
      ]);
      for (const u of units) expect(u).toMatchObject({ kind: 'MUNICIPAL_UNIT', sector: 'MUNICIPALITY', municipalityCode: m.municipalityCode });
      expect(units.find((u) => u.id.startsWith('org:behandlingstilbud-'))!.validFrom).toBe('2024-07-01');
    }
  });

  it("has 2–3 synthetic GP practices per municipality, BUA with its advisory unit, the children's departments and the national bodies", () => {
    for (const m of municipalities) {
      const practices = nodes.filter((n) => n.kind === 'GP_PRACTICE' && n.municipalityCode === m.municipalityCode);
      expect(practices.length, m.name).toBeGreaterThanOrEqual(2);
      expect(practices.length, m.name).toBeLessThanOrEqual(3);
    }
    expect(out('PART_OF', 'org:bua-raadgivningsenheden')[0]!.to).toBe('org:bua');
    expect(nodes.filter((n) => n.id.startsWith('org:boerneafdeling-'))).toHaveLength(5);
    expect(['org:viso', 'org:kl', 'org:medcom'].map((id) => byId.get(id)?.kind)).toEqual(['NATIONAL_BODY', 'NATIONAL_BODY', 'NATIONAL_BODY']);
    expect(nodes.filter((n) => n.kind === 'PRIVATE_SPECIALIST').length).toBeGreaterThanOrEqual(1);
    expect(byId.get('org:plo-midtjylland')?.kind).toBe('GP_ORGANISATION');
  });

  it('holds the agreement with its three elements, the parties and the three pathways with four steps each', () => {
    const elements = out('HAS_ELEMENT', 'agreement:boern-unge-psykisk-mistrivsel').map((r) => byId.get(r.to)!.number);
    expect(elements.sort()).toEqual([1, 2, 3]);
    const parties = into('PARTY_TO', 'agreement:boern-unge-psykisk-mistrivsel').map((r) => r.from);
    expect(parties).toHaveLength(20);
    expect(parties).toContain('org:region-midtjylland');
    for (const p of ['pathway:angst-depression', 'pathway:adhd', 'pathway:spiseforstyrrelser']) {
      expect(
        out('HAS_STEP', p)
          .map((r) => byId.get(r.to)!.number)
          .sort(),
      ).toEqual([1, 2, 3, 4]);
    }
  });

  it('has one MedCom channel per municipality; in the Randers cluster three established, one in progress, attachments differ', () => {
    for (const m of municipalities) {
      const medcom = out('PROVIDES', m.id)
        .map((r) => byId.get(r.to)!)
        .filter((c) => c.kind === 'MEDCOM_CORRESPONDENCE');
      expect(medcom, m.name).toHaveLength(1);
      expect(out('SERVES', medcom[0]!.id).map((r) => r.to)).toContain('org:plo-midtjylland');
    }
    const randers = RANDERS.map((id) => byId.get(`channel:medcom-${id.slice('org:municipality-'.length)}`)!);
    expect(randers.map((c) => c.status).sort()).toEqual(['ESTABLISHED', 'ESTABLISHED', 'ESTABLISHED', 'IN_PROGRESS']);
    expect(new Set(randers.map((c) => c.supportsAttachments)).size).toBe(2);
    const advisory = byId.get('channel:bua-raadgivning')!;
    expect(advisory).toMatchObject({ kind: 'ADVISORY_SERVICE', status: 'ESTABLISHED' });
    expect(advisory.rules).toMatch(/1:1.*ikke konkrete sager/);
    expect(advisory.schedule).toMatch(/virtuelle møder/);
    expect(byId.get('channel:viso-henvendelse')?.kind).toBe('REFERRAL');
  });

  it("has each municipality's official home page as a website, and the region's psychiatry's, serving no one in particular", () => {
    const domain = (m: Rec) =>
      ({ 'org:municipality-ringkoebing-skjern': 'rksk.dk', 'org:municipality-samsoe': 'samsoe.dk' })[m.id] ?? `${m.id.slice('org:municipality-'.length)}.dk`;
    for (const m of municipalities) {
      const sites = out('PROVIDES', m.id)
        .map((r) => byId.get(r.to)! as Rec & { address?: string; description?: string })
        .filter((c) => c.kind === 'WEBSITE');
      expect(
        sites.map((c) => [c.status, c.address]),
        m.name,
      ).toEqual([['ESTABLISHED', `https://www.${domain(m)}`]]);
      expect(sites[0]!.description).toMatch(/public home page of the body itself/);
    }
    const psychiatry = out('PROVIDES', 'org:psykiatrien-rm').map((r) => byId.get(r.to)! as Rec & { address?: string });
    expect(psychiatry.filter((c) => c.kind === 'WEBSITE').map((c) => c.address)).toEqual(['https://www.psykiatrien.rm.dk']);
    // A home page is for everyone: no SERVES, which the interface map would count as a tie between sectors.
    expect(rels.filter((r) => r.type === 'SERVES' && r.from.startsWith('channel:web-'))).toEqual([]);
    // The guides find it as a website of a body of the region the municipality's cluster is part of.
    expect(out('PART_OF', 'org:psykiatrien-rm').map((r) => r.to)).toEqual(['org:region-midtjylland']);
    for (const m of municipalities) {
      const clusters = out('IN_CLUSTER', m.id).map((r) => r.to);
      expect(
        clusters.flatMap((c) => out('PART_OF', c).map((r) => r.to)),
        m.name,
      ).toEqual(['org:region-midtjylland']);
    }
  });

  it("records Norddjurs' overview of 24 February 2023 element by element, marked inferred, and the Randers cluster's 2024 status", () => {
    const norddjurs2023 = out('STATUS', 'org:municipality-norddjurs').filter((r) => r.asOf === '2023-02-24');
    expect(norddjurs2023.map((r) => [byId.get(r.to)!.number, r.level]).sort()).toEqual([
      [1, 'GREEN'],
      [2, 'BLUE'],
      [3, 'YELLOW'],
    ]);
    for (const r of norddjurs2023) expect(r).toMatchObject({ inferred: true, sourceDate: '2023-02-24', source: expect.stringMatching(/^003 /) });
    for (const m of RANDERS) {
      const s2024 = out('STATUS', m).filter((r) => r.asOf === '2024-04-01');
      expect(s2024.map((r) => byId.get(r.to)!.number).sort(), m).toEqual([1, 2, 3]);
      for (const r of s2024) expect(r.source).toMatch(/^001 /);
    }
    // History: at least one organisation has several statuses on one element.
    const keys = rels.filter((r) => r.type === 'STATUS').map((r) => `${r.from} ${r.to}`);
    expect(keys.length - new Set(keys).size).toBeGreaterThanOrEqual(3);
  });

  it('holds the groups the documents name, with their reporting lines and mandates', () => {
    for (const c of ['horsens', 'midt', 'randers', 'vest', 'aarhus']) {
      expect(byId.get(`group:implementeringsgruppe-${c}`)?.kind).toBe('IMPLEMENTATION_GROUP');
      expect(byId.get(`group:klyngestyregruppe-${c}`)?.kind).toBe('CLUSTER_STEERING_GROUP');
      expect(out('REPORTS_TO', `group:implementeringsgruppe-${c}`).map((r) => r.to)).toContain(`group:klyngestyregruppe-${c}`);
    }
    expect(byId.get('group:styregruppe-chefniveau-randers')).toMatchObject({ validFrom: '2023-11-28' });
    for (const g of [
      'group:kosu',
      'group:sundhedsstyregruppen',
      'group:sundhedssamarbejdsudvalget',
      'group:psykiatriraad',
      'group:lokalt-samarbejdsraad-bup',
      'group:lsr-bup-arbejdsgruppe',
      'group:faelles-implementeringsgruppe',
      'group:sekretariat-faelles-implementering',
      'group:paa-tvaers-norddjurs',
    ]) {
      expect(byId.has(g), g).toBe(true);
    }
    expect(out('SECRETARIAT_FOR', 'group:sekretariat-faelles-implementering').map((r) => r.to)).toEqual(['group:faelles-implementeringsgruppe']);
    const granted = out('GRANTED_BY', 'mandate:sundhedsstyregruppen-samarbejdsmodel')[0]!;
    expect(granted).toMatchObject({ to: 'group:sundhedssamarbejdsudvalget', decidedOn: '2024-05-13' });
  });
});

describe('the gaps the documents describe show in the data', () => {
  it('the Randers implementation group has no school or KUI member and no chair', () => {
    const members = into('MEMBER_OF', 'group:implementeringsgruppe-randers').filter((r) => current(r, '2024-04-01'));
    const represented = new Set(members.flatMap((r) => r.represents));
    expect([...represented].sort()).toEqual(['FAMILY_SOCIAL', 'GENERAL_PRACTICE', 'HEALTH_VISITING', 'PPR', 'PSYCHIATRY', 'SOMATICS']);
    expect(byId.get('group:implementeringsgruppe-randers')!.requiredPerspectives).toEqual(expect.arrayContaining(['SCHOOL', 'YOUTH_GUIDANCE']));
    expect(members.filter((r) => r.role === 'CHAIR')).toEqual([]);
  });

  it('some municipalities have no fixed contact at BUA, and some none for BUA', () => {
    const buaPeople = new Set(rels.filter((r) => r.type === 'WORKS_IN' && ['org:bua', 'org:bua-raadgivningsenheden'].includes(r.to)).map((r) => r.from));
    const withBuaContact = new Set(rels.filter((r) => r.type === 'CONTACT_FOR' && buaPeople.has(r.from)).map((r) => r.to));
    const without = municipalities
      .filter((m) => !withBuaContact.has(m.id))
      .map((m) => m.id)
      .sort();
    expect(without).toEqual([...RANDERS, 'org:municipality-samsoe'].sort());

    const contactsForBua = into('CONTACT_FOR', 'org:bua').map((r) => r.from);
    const municipalityOf = (person: string) =>
      out('WORKS_IN', person)
        .map((w) => byId.get(w.to)!.municipalityCode)
        .find(Boolean);
    const codesWithContact = new Set(contactsForBua.map(municipalityOf));
    const noneForBua = municipalities
      .filter((m) => !codesWithContact.has(m.municipalityCode))
      .map((m) => m.name)
      .sort();
    expect(noneForBua).toEqual(['Favrskov Kommune', 'Lemvig Kommune', 'Norddjurs Kommune', 'Randers Kommune', 'Samsø Kommune', 'Syddjurs Kommune']);
  });

  it('some members lack a decision mandate, and one mandate and one membership have expired', () => {
    const holds = (person: string, on: string) =>
      out('HOLDS', person).some((h) => {
        const m = byId.get(h.to)!;
        return m.level === 'DECIDE' && (m.validFrom === undefined || m.validFrom <= on) && (m.validTo === undefined || m.validTo >= on);
      });
    const members = into('MEMBER_OF', 'group:implementeringsgruppe-randers')
      .filter((r) => current(r, '2024-04-01'))
      .map((r) => r.from);
    const withMandate = members.filter((p) => holds(p, '2024-04-01'));
    expect(withMandate).toHaveLength(2);
    expect(members.length - withMandate.length).toBeGreaterThanOrEqual(4);
    const expired = byId.get('mandate:randers-impl-ppr-norddjurs-2023')!;
    expect(expired.validTo! < '2024-01-01').toBe(true);
    expect(into('MEMBER_OF', 'group:implementeringsgruppe-randers').some((r) => r.until === '2023-12-31')).toBe(true);
  });

  it('the matrix group "På Tværs" has no reporting line, the chief-level steering group no mandate', () => {
    expect(out('REPORTS_TO', 'group:paa-tvaers-norddjurs')).toEqual([]);
    expect(out('HOLDS', 'group:styregruppe-chefniveau-randers')).toEqual([]);
  });

  it("one person is the only link between the somatic children's department in Randers and the other sectors", () => {
    const staff = into('WORKS_IN', 'org:boerneafdeling-randers').map((r) => r.from);
    expect(staff).toHaveLength(1);
    const [nurse] = staff;
    expect(out('MEMBER_OF', nurse!).map((r) => r.to)).toEqual(['group:implementeringsgruppe-randers']);
    expect(out('CONTACT_FOR', nurse!)).toEqual([]);
    // Nobody else from that department is in any group or a contact for anyone.
    expect(rels.filter((r) => (r.type === 'MEMBER_OF' || r.type === 'CONTACT_FOR') && staff.includes(r.from))).toHaveLength(1);
  });
});

describe('people and provenance', () => {
  it('holds fictitious people only, with work e-mail on plausible domains, and no name from the documents', () => {
    const people = nodes.filter((n) => n.label === 'Person');
    expect(people.length).toBeGreaterThan(150);
    for (const p of people) {
      expect(p.fictitious).toBe(true);
      if (p.email) expect(p.email).toMatch(/@(rm\.dk|plo\.dk|[a-z-]+\.dk)$/);
    }
    const everything = fs
      .readdirSync(DEFAULT_DATASET)
      .map((f) => fs.readFileSync(path.join(DEFAULT_DATASET, f), 'utf8'))
      .join('\n');
    // The named people of the source documents.
    for (const real of ['Skaarup', 'Hedegaard', 'anjakris', '29317762']) expect(everything).not.toContain(real);
  });

  it('cites one of the five documents with its date wherever it gives a source', () => {
    const dates: Record<string, string> = { '000': '2024-04-01', '001': '2024-04-01', '002': '2022-01-19', '003': '2023-02-24', '004': '2024-10-10' };
    const sourced = [...nodes, ...rels].filter((r) => r.source !== undefined);
    expect(sourced.length).toBeGreaterThan(150);
    for (const r of sourced) {
      const doc = String(r.source).slice(0, 3);
      expect(dates[doc], `${r.id}: ${r.source}`).toBeDefined();
      expect(r.sourceDate, r.id).toBe(dates[doc]);
    }
  });
});
