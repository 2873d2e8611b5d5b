import type { GraphDb } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { badInput, notFound } from '../../errors.js';
import { danishCollator } from '../../domain/danish.js';
import { foldText } from '../core/text-fold.js';
import { nodeRef, type NodeRef } from '../core/node-ref.js';
import { answer } from '../core/contact-finder/contact-answer.js';
import { readCandidates, type Candidates, type ChannelRow, type OrgRow, type RouteRow } from '../core/contact-finder/contact-reader.js';
import { channelView, type ContactCardView, type ContactChannelView, type ContactRouteView } from '../core/contact-finder/contact-views.js';
import { cell, laterReport, type StatusCell } from '../core/status-cell.js';
import { inLanguage, type Language } from '../core/language.js';
import { gpSentence, introSentence, medcomSentence } from './vejviser-wording.js';

/**
 * vejviser(municipalityId): the data of a printable guide for families and GPs. Two statements
 * whatever the municipality: one for the municipality itself (cluster, MedCom, statuses, a GP
 * practice), one candidates read (cypher/contact/candidates) for the municipality and that
 * practice together; every pathway and step is then ranked from the same read by the
 * findContact() ranking, so the guide and findContact() never disagree.
 */

interface MunicipalityRow {
  municipality: OrgRow;
  clusters: OrgRow[];
  medcom: ChannelRow[];
  practices: string[];
  statuses: Array<{
    agreementId: string;
    element: { id: string; name: string; number: number };
    level: string;
    note?: string | null;
    asOf: string;
    source?: string | null;
    inferred?: boolean | null;
    createdAt?: string | null;
    id: string;
  }>;
  english: Array<{ pathwayId: string; pathwayNameEn?: string | null; stepId: string; stepNameEn?: string | null; stepDescriptionEn?: string | null }>;
  regionWebsites: Array<{ channel: ChannelRow; provider: OrgRow }>;
}

export interface Vejviser {
  municipality: NodeRef;
  cluster: NodeRef | null;
  asOf: string;
  intro: string;
  lang: Language;
  pathways: Array<{
    pathway: NodeRef;
    /** The pathway's name in `lang` when recorded, else in Danish; nameLanguage says which. */
    name: string;
    nameLanguage: Language;
    topics: string[];
    steps: Array<{
      id: string;
      number: number;
      name: string;
      nameLanguage: Language;
      description: string | null;
      contacts: ContactCardView[];
      routes: ContactRouteView[];
      explanation: string;
    }>;
  }>;
  generalPractice: { contacts: ContactCardView[]; routes: ContactRouteView[]; explanation: string };
  units: Array<{ organisation: NodeRef; channels: ContactChannelView[] }>;
  websites: ContactChannelView[];
  medcom: { channel: ContactChannelView | null; status: StatusCell | null; sentence: string };
}

/** Cards and routes per step in the printed guide: enough to act on, short enough to print. */
const PER_STEP = 5;

export async function readVejviser(
  db: GraphDb,
  queries: QueryCatalog,
  municipalityId: string,
  day: string,
  showNames: boolean,
  lang: Language = 'DA',
): Promise<Vejviser> {
  return db.read(async (tx) => {
    const [m] = await tx.run<MunicipalityRow>(queries.vejviserMunicipality, { id: municipalityId, day });
    if (!m) throw notFound('municipality', municipalityId);
    if (m.municipality.kind !== 'MUNICIPALITY') {
      throw badInput(
        {
          en: `${m.municipality.name} is not a municipality; a vejviser is drawn per municipality.`,
          da: `${m.municipality.name} er ikke en kommune; en vejviser tegnes pr. kommune.`,
        },
        [{ field: 'municipalityId', message: 'not a municipality', da: 'er ikke en kommune' }],
      );
    }
    const practiceId = [...m.practices].sort()[0] ?? null;
    const read = await readCandidates(tx, queries, practiceId ? [municipalityId, practiceId] : [municipalityId], day);
    const own = read.get(municipalityId)!;
    const name = m.municipality.name;

    const pathwayEn = new Map(m.english.map((e) => [e.pathwayId, { name: e.pathwayNameEn }]));
    const stepEn = new Map(m.english.map((e) => [e.stepId, { name: e.stepNameEn, description: e.stepDescriptionEn }]));
    const pathways = own.pathways.map((p) => {
      const pName = inLanguage({ id: p.id, name: p.name, nameEn: pathwayEn.get(p.id)?.name }, 'name', lang);
      return {
        pathway: { id: p.id, label: 'Pathway', name: p.name, kind: null, sector: null },
        name: pName.text ?? p.name,
        nameLanguage: pName.language,
        topics: p.topics,
        steps: p.steps.map((s) => {
          const a = answer(own, { pathway: p, topic: null, step: s.number }, showNames, PER_STEP);
          const en = stepEn.get(s.id);
          const record = { id: s.id, name: s.name, nameEn: en?.name, description: s.description, descriptionEn: en?.description };
          const sName = inLanguage(record, 'name', lang);
          return {
            id: s.id,
            number: s.number,
            name: sName.text ?? s.name,
            nameLanguage: sName.language,
            description: inLanguage(record, 'description', lang).text,
            contacts: a.contacts,
            routes: a.routes,
            explanation: a.explanation,
          };
        }),
      };
    });

    const gp = practiceId ? read.get(practiceId) : undefined;
    const gpAnswer = gp ? answer(gp, { pathway: null, topic: null, step: null }, showNames, PER_STEP) : { contacts: [], routes: [] };
    const generalPractice = {
      contacts: gpAnswer.contacts,
      routes: gpAnswer.routes,
      explanation: gpSentence(
        lang,
        name,
        gpAnswer.contacts.map((c) => c.sentence),
        gpAnswer.routes.map((r) => r.channel.name),
        Boolean(gp),
      ),
    };

    const unitChannels = new Map<string, ContactChannelView[]>();
    for (const r of own.routes) {
      if (r.servedId !== null) continue;
      unitChannels.set(r.provider.id, [...(unitChannels.get(r.provider.id) ?? []), channelView(r, showNames)]);
    }
    const units = own.units
      .map((u) => ({ organisation: nodeRef({ ...u, label: 'Organisation' }, showNames), channels: unitChannels.get(u.id) ?? [] }))
      .sort((a, b) => danishCollator.compare(a.organisation.name, b.organisation.name));

    const cluster = m.clusters[0] ? nodeRef({ ...m.clusters[0], label: 'Organisation' }, showNames) : null;
    return {
      municipality: nodeRef({ ...m.municipality, label: 'Organisation' }, showNames),
      cluster,
      asOf: day,
      lang,
      intro: introSentence(lang, name, cluster?.name ?? null, day),
      pathways,
      generalPractice,
      units,
      websites: websites(own, m.regionWebsites, municipalityId, showNames),
      medcom: medcom(m, own.municipality ?? m.municipality, day, showNames, lang),
    };
  });
}

/**
 * The websites a family can read itself: the established WEBSITE channels the municipality or
 * its units provide or that serve them (from the same read as the steps), and those of its
 * region and the region's bodies (the region's psychiatry's; vejviser/municipality), each once:
 * by channel and by address, so two records of one site print once. The municipality's own
 * first, then its units', then the rest, each in Danish name order.
 */
function websites(own: Candidates, region: MunicipalityRow['regionWebsites'], municipalityId: string, showNames: boolean): ContactChannelView[] {
  const units = new Set(own.units.map((u) => u.id));
  const rank = (providerId: string) => (providerId === municipalityId ? 0 : units.has(providerId) ? 1 : 2);
  const regional: RouteRow[] = region.map((w) => ({ ...w, servedId: null }));
  const sites = [...own.routes, ...regional]
    .filter((r) => r.channel.kind === 'WEBSITE' && r.channel.status === 'ESTABLISHED' && r.channel.address)
    .sort(
      (a, b) =>
        rank(a.provider.id) - rank(b.provider.id) ||
        danishCollator.compare(a.provider.name, b.provider.name) ||
        danishCollator.compare(a.channel.name, b.channel.name) ||
        a.channel.id.localeCompare(b.channel.id),
    );
  const seen = new Set<string>();
  const out: ContactChannelView[] = [];
  for (const r of sites) {
    const address = r.channel.address!.trim().toLowerCase().replace(/\/+$/, '');
    if (seen.has(r.channel.id) || seen.has(address)) continue;
    seen.add(r.channel.id).add(address);
    out.push(channelView(r, showNames));
  }
  return out;
}

/** The element about the communication route between general practice and the municipalities (element 1 of the agreement). */
function isGpRoute(element: { name: string }): boolean {
  const f = foldText(element.name);
  return f.includes('almen praksis') && f.includes('kommun');
}

function medcom(m: MunicipalityRow, municipality: OrgRow, day: string, showNames: boolean, lang: Language): Vejviser['medcom'] {
  const ch = [...m.medcom].sort((a, b) => statusOrder(a.status) - statusOrder(b.status))[0] ?? null;
  // The report in force as the status matrix has it: on the same day, the one recorded last.
  const report = (s: MunicipalityRow['statuses'][number]) => ({ asOf: s.asOf, createdAt: s.createdAt ?? null, id: s.id });
  const latest = m.statuses
    .filter((s) => isGpRoute(s.element))
    .reduce<MunicipalityRow['statuses'][number] | undefined>((best, s) => (!best || laterReport(report(s), report(best)) ? s : best), undefined);
  const status = latest ? cell({ ...latest, organisation: { ...municipality }, elementId: latest.element.id, reportId: latest.id }, latest.element, day) : null;
  return {
    channel: ch ? channelView({ channel: ch, provider: m.municipality, servedId: null }, showNames) : null,
    status,
    sentence: medcomSentence(lang, {
      municipality: m.municipality.name,
      channel: ch,
      status: status && latest ? { elementName: latest.element.name, level: latest.level, asOf: status.asOf } : null,
    }),
  };
}

const statusOrder = (s: string) => ['ESTABLISHED', 'IN_PROGRESS', 'PLANNED'].indexOf(s);
