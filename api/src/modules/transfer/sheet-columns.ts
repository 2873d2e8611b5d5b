import { MEMBER_ROLES, ORGANISATION_KINDS, PERSPECTIVES, SECTORS } from '../../domain/vocabulary.js';
import { foldText } from '../core/text-fold.js';
import { MUNICIPALITIES } from '../../domain/municipalities.js';

export const SPREADSHEET_KINDS = ['PEOPLE', 'ORGANISATIONS', 'MEMBERSHIPS'] as const;
export type SpreadsheetKind = (typeof SPREADSHEET_KINDS)[number];

/** What a reference column points at, looked up by id or by name (sheet-references.ts). */
export type ReferenceKind = 'Organisation' | 'Group' | 'Person';

/** A closed vocabulary a column takes: codes with the Danish words the template offers. */
export interface Vocabulary {
  codes: readonly string[];
  danish: Record<string, string>;
}

export interface Column {
  field: string;
  /** The header the template writes and messages name: Danish, as the sheets are. */
  danish: string;
  english: string;
  /** Further headers that name this column, as municipalities write them (folded). */
  aliases: string[];
  required?: boolean;
  list?: boolean;
  boolean?: boolean;
  /** The column names a node by id or name. */
  reference?: ReferenceKind;
  /** Not stored: narrows a reference by name to one municipality. */
  qualifier?: boolean;
  vocabulary?: Vocabulary;
}

/**
 * The Danish words of the closed vocabularies, as the web app shows them (web/src/i18n/da.ts;
 * tests/api/import-template.test.ts holds the two equal). The import takes the word or the code.
 */
export const KIND_WORDS: Vocabulary = {
  codes: ORGANISATION_KINDS,
  danish: {
    REGION: 'Region',
    HOSPITAL: 'Hospital',
    HOSPITAL_DEPARTMENT: 'Hospitalsafdeling',
    MUNICIPALITY: 'Kommune',
    MUNICIPAL_UNIT: 'Kommunal enhed',
    GP_PRACTICE: 'Lægepraksis',
    GP_ORGANISATION: 'Praksisorganisation',
    CLUSTER: 'Sundhedsklynge',
    NATIONAL_BODY: 'National myndighed',
    PRIVATE_SPECIALIST: 'Privatpraktiserende speciallæge',
  },
};
export const SECTOR_WORDS: Vocabulary = {
  codes: SECTORS,
  danish: { REGION: 'Region', GENERAL_PRACTICE: 'Almen praksis', MUNICIPALITY: 'Kommune', NATIONAL: 'Nationalt' },
};
export const ROLE_WORDS: Vocabulary = {
  codes: MEMBER_ROLES,
  danish: { CHAIR: 'Formand', MEMBER: 'Medlem', SECRETARY: 'Sekretær', OBSERVER: 'Observatør' },
};
export const PERSPECTIVE_WORDS: Vocabulary = {
  codes: PERSPECTIVES,
  danish: {
    PSYCHIATRY: 'Psykiatri',
    SOMATICS: 'Somatik',
    GENERAL_PRACTICE: 'Almen praksis',
    HEALTH_VISITING: 'Sundhedspleje',
    PPR: 'PPR',
    FAMILY_SOCIAL: 'Familieområdet',
    SCHOOL: 'Skole',
    YOUTH_GUIDANCE: 'KUI (kommunal ungeindsats)',
    DAYCARE: 'Dagtilbud',
    MUNICIPAL_TREATMENT: 'Kommunalt behandlingstilbud',
    MANAGEMENT: 'Ledelse',
  },
};
/** The 98 municipalities by short name, for the template's list of the qualifying column. */
export const MUNICIPALITY_WORDS: Vocabulary = {
  codes: MUNICIPALITIES.map((m) => m.code),
  danish: Object.fromEntries(MUNICIPALITIES.map((m) => [m.code, m.name])),
};

const municipality: Column = {
  field: 'municipality',
  danish: 'kommune',
  english: 'municipality',
  aliases: ['municipality', 'kommune'],
  qualifier: true,
  vocabulary: MUNICIPALITY_WORDS,
};

export const COLUMNS: Record<SpreadsheetKind, Column[]> = {
  PEOPLE: [
    { field: 'id', danish: 'id', english: 'id', aliases: ['id'] },
    { field: 'name', danish: 'navn', english: 'name', aliases: ['name', 'navn'], required: true },
    { field: 'title', danish: 'titel', english: 'title', aliases: ['title', 'titel', 'stilling'] },
    { field: 'profession', danish: 'faggruppe', english: 'profession', aliases: ['profession', 'faggruppe', 'fag'] },
    { field: 'email', danish: 'e-mail', english: 'email', aliases: ['email', 'e mail', 'mail'] },
    { field: 'phone', danish: 'telefon', english: 'phone', aliases: ['phone', 'telefon', 'tlf'] },
    { field: 'fictitious', danish: 'fiktiv', english: 'fictitious', aliases: ['fictitious', 'fiktiv'], boolean: true },
    {
      field: 'organisationId',
      danish: 'arbejdssted',
      english: 'workplace',
      aliases: ['organisationid', 'organisation', 'arbejdssted', 'workplace'],
      reference: 'Organisation',
    },
    municipality,
    { field: 'role', danish: 'rolle', english: 'role', aliases: ['role', 'rolle'] },
  ],
  ORGANISATIONS: [
    { field: 'id', danish: 'id', english: 'id', aliases: ['id'] },
    { field: 'name', danish: 'navn', english: 'name', aliases: ['name', 'navn'], required: true },
    { field: 'kind', danish: 'art', english: 'kind', aliases: ['kind', 'type', 'art'], required: true, vocabulary: KIND_WORDS },
    { field: 'sector', danish: 'sektor', english: 'sector', aliases: ['sector', 'sektor'], required: true, vocabulary: SECTOR_WORDS },
    { field: 'shortName', danish: 'kortnavn', english: 'short name', aliases: ['shortname', 'short name', 'kortnavn'] },
    { field: 'municipalityCode', danish: 'kommunekode', english: 'municipality code', aliases: ['municipalitycode', 'municipality code', 'kommunekode'] },
    { field: 'locationNumber', danish: 'lokationsnummer', english: 'location number', aliases: ['locationnumber', 'location number', 'lokationsnummer'] },
    { field: 'phone', danish: 'telefon', english: 'phone', aliases: ['phone', 'telefon', 'tlf'] },
    { field: 'email', danish: 'e-mail', english: 'email', aliases: ['email', 'e mail'] },
    { field: 'website', danish: 'hjemmeside', english: 'website', aliases: ['website', 'hjemmeside'] },
    {
      field: 'parentId',
      danish: 'overordnet',
      english: 'part of',
      aliases: ['parentid', 'parent', 'part of', 'del af', 'overordnet'],
      reference: 'Organisation',
    },
  ],
  MEMBERSHIPS: [
    { field: 'personId', danish: 'person', english: 'person', aliases: ['personid', 'person'], required: true, reference: 'Person' },
    { field: 'groupId', danish: 'gruppe', english: 'group', aliases: ['groupid', 'group', 'gruppe'], required: true, reference: 'Group' },
    { field: 'role', danish: 'rolle', english: 'role', aliases: ['role', 'rolle'], vocabulary: ROLE_WORDS },
    {
      field: 'represents',
      danish: 'perspektiver',
      english: 'perspectives',
      aliases: ['represents', 'repraesenterer', 'perspektiv', 'perspektiver', 'perspectives'],
      list: true,
      vocabulary: PERSPECTIVE_WORDS,
    },
    { field: 'since', danish: 'fra', english: 'since', aliases: ['since', 'fra'] },
    { field: 'until', danish: 'til', english: 'until', aliases: ['until', 'til'] },
    {
      field: 'onBehalfOf',
      danish: 'for organisation',
      english: 'on behalf of',
      aliases: ['onbehalfof', 'on behalf of', 'for organisation'],
      reference: 'Organisation',
    },
  ],
};

/** Headers compare folded: "E-mail", "e-mail" and "EMAIL" name one column. */
export const headerKey = (header: string): string => foldText(header).trim();

export function columnFor(kind: SpreadsheetKind, header: string): Column | undefined {
  const key = headerKey(header);
  return COLUMNS[kind].find((c) => c.aliases.includes(key) || headerKey(c.danish) === key || headerKey(c.english) === key);
}

/** A vocabulary cell as its code: the code itself or its Danish word, in any case; else the text as written. */
export function vocabularyCode(vocabulary: Vocabulary, text: string): string {
  const key = foldText(text);
  const code = vocabulary.codes.find((c) => c.toLowerCase() === text.trim().toLowerCase() || foldText(vocabulary.danish[c] ?? '') === key);
  return code ?? text;
}
