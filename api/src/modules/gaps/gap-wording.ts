import { CHANNEL_KIND_DA, CHANNEL_STATUS_DA, MANDATE_LEVEL_DA, STATUS_DA, capitalise, danishDate, listDa, perspectives } from '../core/wording.js';
import { PERSPECTIVE_WORD_DA, SECTOR_SIDE_DA } from '../core/gap-finder/words.js';
import type { GapRuleId, Severity } from '../core/gap-finder/rule.js';

/**
 * Everything the gap report says in words, in one language: Danish here, English in
 * gap-wording-en.ts (the same shape, chosen by `lang`). The rules read and decide; they hand
 * the facts below to the wording. Names of organisations, groups, elements and people are
 * data and come in as they are (a person already as the reader may see them: node-ref.ts).
 */

/** An element of a cooperation agreement with a status: "indsats 3 «…» i Samarbejdsaftale …". */
export interface ElementFacts {
  name: string;
  number: number | null;
  agreement: string | null;
}

/** The facts of each rule's finding, by rule id. */
export interface FindingFacts {
  'missing-perspective': { group: string; perspective: string };
  'member-without-mandate': {
    person: string;
    actsFor: string | null;
    represents: string[];
    group: string;
    /** How many members hold a decision mandate. */
    holders: number;
    grantors: string[];
    expired: boolean;
  };
  'group-without-mandate': { group: string; reportsTo: string[] };
  'municipality-without-bua-contact': { municipality: string; bua: string };
  'bua-without-municipal-contact': { municipality: string; bua: string };
  'channel-not-established': { kind: string; status: string; providers: string[]; served: string[] };
  'red-status': { organisation: string; element: ElementFacts; reported: string };
  'stale-status': { organisation: string; element: ElementFacts; reported: string; level: string; staleAfterDays: number; asOf: string };
  'unconfirmed-entry':
    | { entry: 'CONTACT'; person: string; organisation: string; confirmed: string; staleAfterDays: number; asOf: string }
    | { entry: 'CHANNEL'; channel: string; organisation: string; confirmed: string; staleAfterDays: number; asOf: string };
  'expired-mandate': { mandate: string; level: string | null; validTo: string; holders: string[]; grantedBy: string | null };
  'expired-membership': {
    person: string;
    group: string;
    actsFor: string | null;
    represents: string[];
    until: string;
    /** The group itself has ended. */
    groupEnded: boolean;
  };
  'group-without-chair': { group: string; members: number };
  'group-without-secretariat': { group: string };
  'group-without-reporting-line': { group: string };
  'only-bridge': { person: string; hand: string; sectors: string[]; groups: string[]; organisations: string[] };
}

export type FindingSentences = { [R in GapRuleId]: (f: FindingFacts[R]) => string };

/** What the report's explanation tells. */
export interface ExplanationFacts {
  everything: boolean;
  scopeName: string;
  ruleCount: number;
  total: number;
  bySeverity: Array<{ severity: Severity; count: number }>;
  /** The rule with most findings (its title in the same language). */
  top: { title: string; count: number } | null;
}

export interface GapWords {
  lang: 'da' | 'en';
  /** Each rule's title (for lists and filters) and what it looks for and why it matters. */
  rules: Record<GapRuleId, { title: string; description: string }>;
  sentences: FindingSentences;
  explanation(f: ExplanationFacts): string;
  /** The scope EVERYTHING by name. */
  everything: string;
  /** The export's words. */
  file: {
    severity: Record<Severity, string>;
    /** A finding's follow-up status (FindingStatus in follow-up.ts). */
    status: Record<'OPEN' | 'ACKNOWLEDGED' | 'ASSIGNED' | 'CHANGED', string>;
    columns: readonly string[];
    sheet: string;
    heading(scope: string, asOf: string): string;
    /** The start of the file's name ("mangler-randersklyngen-2026-01-01"). */
    stem: string;
  };
}

const date = danishDate;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const represented = (ps: string[]) => (ps.length ? ` (${perspectives(ps)})` : '');

/** "indsats 3 «…» i Samarbejdsaftale …" */
function elementPhrase(e: ElementFacts): string {
  return `${e.number === null ? '' : `indsats ${e.number} `}«${e.name}»${e.agreement ? ` i ${e.agreement}` : ''}`;
}

function levelPhrase(level: string): string {
  const l = STATUS_DA[level];
  return l ? `${l.colour}, «${l.label}»` : level;
}

/** Names of a list of things, or "n …" when there are more than `max`. */
export function namesOrCountDa(names: string[], max: number, many: string): string {
  return names.length <= max ? listDa(names) : `${names.length} ${many}`;
}

const SENTENCES_DA: FindingSentences = {
  'missing-perspective': (f) =>
    `${f.group} har ingen repræsentant for ${PERSPECTIVE_WORD_DA[f.perspective] ?? f.perspective}, som gruppen skal have; udpeg et medlem, der kan tale for ${PERSPECTIVE_WORD_DA[f.perspective] ?? f.perspective}.`,
  'member-without-mandate': (f) =>
    `${capitalise(f.person)}${f.actsFor ? ` for ${f.actsFor}` : ''}${represented(f.represents)} sidder i ${f.group} uden beslutningsmandat, mens ${f.holders} ${f.holders === 1 ? 'medlem har' : 'medlemmer har'} et;` +
    ` ${listDa(f.grantors)} bør give mandat eller aftale, hvem der beslutter for ${f.actsFor ?? 'medlemmets organisation'}.${f.expired ? ' Mandatet er udløbet.' : ''}`,
  'group-without-mandate': (f) =>
    `${f.group} har intet gyldigt mandat registreret; ${f.reportsTo.length ? listDa(f.reportsTo) : 'den, der har nedsat gruppen,'} bør fastlægge, hvad gruppen kan beslutte.`,
  'municipality-without-bua-contact': (f) =>
    `${f.municipality} har ingen fast kontaktperson i ${f.bua}; ${f.bua} bør udpege en navngiven kontaktperson for kommunen.`,
  'bua-without-municipal-contact': (f) =>
    `${f.bua} har ingen navngiven kontaktperson i ${f.municipality}; kommunen bør udpege en fast kontaktperson for ${f.bua}.`,
  'channel-not-established': (f) => {
    const from = f.providers.length ? ` fra ${listDa(f.providers)}` : '';
    const to = f.served.length ? ` til ${namesOrCountDa(f.served, 3, 'organisationer')}` : '';
    return `${capitalise(CHANNEL_KIND_DA[f.kind] ?? f.kind)}${from}${to} er ${CHANNEL_STATUS_DA[f.status] ?? f.status}; aftal en dato for, hvornår kanalen tages i brug.`;
  },
  'red-status': (f) =>
    `${f.organisation} står på rødt for ${elementPhrase(f.element)} (seneste status ${date(f.reported)}); aftal en plan for, hvordan indsatsen bliver en del af praksis.`,
  'stale-status': (f) =>
    `${f.organisation} har sidst meldt status for ${elementPhrase(f.element)} ${date(f.reported)} (${levelPhrase(f.level)}), mere end ${f.staleAfterDays} dage før ${date(f.asOf)}; bed kommunen om en ny status.`,
  'unconfirmed-entry': (f) =>
    f.entry === 'CONTACT'
      ? `${f.person} som fast kontaktperson for ${f.organisation} er sidst bekræftet ${date(f.confirmed)}, mere end ${f.staleAfterDays} dage før ${date(f.asOf)}; bed en redaktør bekræfte eller rette den.`
      : `Kanalen ${f.channel} hos ${f.organisation} er sidst bekræftet ${date(f.confirmed)}, mere end ${f.staleAfterDays} dage før ${date(f.asOf)}; bed en redaktør bekræfte adresse, tider og regler.`,
  'expired-mandate': (f) =>
    `Mandatet «${f.mandate}»${f.level ? ` (at ${MANDATE_LEVEL_DA[f.level] ?? f.level})` : ''} udløb ${date(f.validTo)}, men står stadig som holdt af ${listDa(f.holders)}; ${
      f.grantedBy ?? 'den, der gav mandatet,'
    } bør forny eller afslutte det.`,
  'expired-membership': (f) =>
    `${capitalise(f.person)} sad i ${f.group}${f.actsFor ? ` for ${f.actsFor}` : ''}${represented(f.represents)} til ${date(f.until)}, men medlemskabet står stadig i oversigten; ${
      f.groupEnded ? 'gruppen er selv afsluttet, så medlemskabet kan arkiveres' : 'find en afløser eller fjern medlemskabet'
    }.`,
  'group-without-chair': (f) =>
    `${f.group} har ${count(f.members, 'medlem', 'medlemmer')}, men ingen formand; udpeg en formand, der leder arbejdet og følger op.`,
  'group-without-secretariat': (f) => `${f.group} har intet sekretariat registreret; aftal, hvilken organisation der er sekretariat for gruppen.`,
  'group-without-reporting-line': (f) => `${f.group} rapporterer ikke til nogen anden gruppe; fastlæg, hvem gruppen refererer til.`,
  'only-bridge': (f) => {
    const via = [...f.groups, ...f.organisations.map((o) => `som kontakt til eller ansat i ${o}`)];
    return (
      `${capitalise(f.person)} er den eneste, der forbinder ${f.hand} med ${listDa(f.sectors.map((s) => SECTOR_SIDE_DA[s] ?? s))}` +
      `${via.length ? ` (gennem ${listDa(via)})` : ''}; sørg for en stedfortræder eller en kontaktperson mere.`
    );
  },
};

const SEVERITY_IN_SENTENCE: Record<Severity, string> = { HIGH: 'høj', MEDIUM: 'middel', LOW: 'lav' };

function explanation(f: ExplanationFacts): string {
  const where = f.everything ? 'hele regionen' : f.scopeName;
  const rulesRun = count(f.ruleCount, 'regel', 'regler');
  if (!f.total || !f.top) return `Ingen mangler fundet i ${where} efter ${rulesRun}.`;
  const parts = f.bySeverity.filter((s) => s.count > 0).map((s) => `${s.count} med ${SEVERITY_IN_SENTENCE[s.severity]} alvor`);
  return `${count(f.total, 'mangel', 'mangler')} i ${where} efter ${rulesRun}: ${parts.join(', ')}. Flest under «${f.top.title}» (${f.top.count}).`;
}

export const GAP_WORDS_DA: GapWords = {
  lang: 'da',
  rules: {
    'missing-perspective': {
      title: 'Manglende perspektiv i en gruppe',
      description:
        'En aktiv gruppe kræver et perspektiv (fx skole eller KUI), som ingen af de nuværende medlemmer repræsenterer. Uden det perspektiv mangler en af hænderne ved bordet.',
    },
    'member-without-mandate': {
      title: 'Medlem uden beslutningsmandat',
      description:
        'I en gruppe, hvor styregruppen giver medlemmerne personlige beslutningsmandater, sidder et stemmeberettiget medlem uden et gyldigt mandat og kan derfor ikke forpligte sin organisation.',
    },
    'group-without-mandate': {
      title: 'Styregruppe uden mandat',
      description: 'En aktiv styregruppe har intet gyldigt mandat registreret, så det er uklart, hvad den kan beslutte.',
    },
    'municipality-without-bua-contact': {
      title: 'Kommune uden fast kontaktperson i BUA',
      description:
        'Ingen medarbejder i børne- og ungdomspsykiatrien (BUA) er fast kontaktperson for kommunen eller dens enheder, så kommunens fagfolk ved ikke, hvem de skal ringe til.',
    },
    'bua-without-municipal-contact': {
      title: 'BUA uden kontaktperson i kommunen',
      description:
        'Ingen medarbejder i kommunen eller dens enheder er fast kontaktperson for børne- og ungdomspsykiatrien (BUA), så BUA har ingen navngiven person at gå til med vigtig og generel information.',
    },
    'channel-not-established': {
      title: 'Kanal ikke etableret',
      description: 'En kanal (fx MedCom-korrespondance eller en telefonlinje) er kun planlagt eller under etablering, så kontakten må gå andre veje.',
    },
    'red-status': { title: 'Rød status', description: 'Den seneste status for en indsats er rød: indsatsen er endnu ikke en del af praksis.' },
    'stale-status': {
      title: 'Forældet status',
      description:
        'Den seneste status for en indsats er ældre end den tilladte alder (staleAfterDays, som standard 365 dage), så ingen ved, om den stadig gælder.',
    },
    'unconfirmed-entry': {
      title: 'Ubekræftet kontaktoplysning',
      description:
        'En fast kontaktperson eller en kanal i brug, som ingen redaktør har bekræftet inden for den tilladte alder (staleAfterDays, som standard 365 dage; aldrig bekræftet tæller fra oprettelsen), så ingen ved, om oplysningen stadig holder.',
    },
    'expired-mandate': {
      title: 'Udløbet mandat',
      description: 'Et mandat er udløbet (gyldigt til en dato, der er passeret), men står stadig som holdt af en gruppe eller person.',
    },
    'expired-membership': {
      title: 'Udløbet medlemskab',
      description: 'Et medlemskab af en gruppe er udløbet, men står stadig i oversigten; afslut det eller find en afløser.',
    },
    'group-without-chair': {
      title: 'Gruppe uden formand',
      description: 'En aktiv gruppe med medlemmer har ingen formand, så ingen har ansvaret for at lede arbejdet og følge op.',
    },
    'group-without-secretariat': {
      title: 'Implementeringsgruppe uden sekretariat',
      description:
        'En implementeringsgruppe har hverken en organisation, der er sekretariat for den, eller et medlem med rollen sekretær, så ingen har ansvaret for indkaldelser, referater og statusopsamling.',
    },
    'group-without-reporting-line': {
      title: 'Gruppe uden rapporteringsvej',
      description: 'En aktiv gruppe rapporterer ikke til nogen anden gruppe, så dens anbefalinger og beslutninger har ingen fast vej videre.',
    },
    'only-bridge': {
      title: 'Eneste bro mellem to sektorer',
      description:
        'Én person er den eneste, der forbinder en organisation (fx en hospitalsafdeling eller en kommune) med en anden sektor — gennem en gruppe, som fast kontaktperson eller ved at arbejde begge steder. Går personen, mister organisationen sin sidste navngivne forbindelse dertil.',
    },
  },
  sentences: SENTENCES_DA,
  explanation,
  everything: 'hele regionen',
  file: {
    severity: { HIGH: 'Høj', MEDIUM: 'Middel', LOW: 'Lav' },
    status: { OPEN: 'Åben', ACKNOWLEDGED: 'Kvitteret', ASSIGNED: 'Tildelt', CHANGED: 'Ændret siden opfølgning (åben igen)' },
    columns: ['Alvor', 'Regel', 'Emne', 'Fund', 'Opfølgning', 'Ansvarlig', 'Frist', 'Note', 'Fulgt op', 'Nøgle'],
    sheet: 'Mangler',
    heading: (scope, asOf) => `Mangler i ${scope} pr. ${asOf}`,
    stem: 'mangler',
  },
};
