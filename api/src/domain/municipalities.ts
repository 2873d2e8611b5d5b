/**
 * The 98 Danish municipalities (since the 2007 reform) with their official three-digit codes
 * (kommunekoder, as in CPR and Danmarks Statistik) and the region each belongs to. Validation
 * checks municipality codes against this list, and the synthetic generator builds its country
 * from it.
 */
export const REGIONS = [
  { code: '1081', name: 'Region Nordjylland', slug: 'nordjylland' },
  { code: '1082', name: 'Region Midtjylland', slug: 'midtjylland' },
  { code: '1083', name: 'Region Syddanmark', slug: 'syddanmark' },
  { code: '1084', name: 'Region Hovedstaden', slug: 'hovedstaden' },
  { code: '1085', name: 'Region Sjælland', slug: 'sjaelland' },
] as const;

export type RegionCode = (typeof REGIONS)[number]['code'];

export interface Municipality {
  /** Three digits, 101–860. */
  code: string;
  /** The short name, as in "Norddjurs". */
  name: string;
  /** The official name, as in "Norddjurs Kommune" or "Bornholms Regionskommune". */
  officialName: string;
  region: RegionCode;
}

// [code, name, official name when it is not "<name> Kommune"]
type Row = readonly [string, string, string?];

const NORDJYLLAND: readonly Row[] = [
  ['773', 'Morsø'],
  ['787', 'Thisted'],
  ['810', 'Brønderslev'],
  ['813', 'Frederikshavn'],
  ['820', 'Vesthimmerland', 'Vesthimmerlands Kommune'],
  ['825', 'Læsø'],
  ['840', 'Rebild'],
  ['846', 'Mariagerfjord'],
  ['849', 'Jammerbugt'],
  ['851', 'Aalborg'],
  ['860', 'Hjørring'],
];
const MIDTJYLLAND: readonly Row[] = [
  ['615', 'Horsens'],
  ['657', 'Herning'],
  ['661', 'Holstebro'],
  ['665', 'Lemvig'],
  ['671', 'Struer'],
  ['706', 'Syddjurs'],
  ['707', 'Norddjurs'],
  ['710', 'Favrskov'],
  ['727', 'Odder'],
  ['730', 'Randers'],
  ['740', 'Silkeborg'],
  ['741', 'Samsø'],
  ['746', 'Skanderborg'],
  ['751', 'Aarhus'],
  ['756', 'Ikast-Brande'],
  ['760', 'Ringkøbing-Skjern'],
  ['766', 'Hedensted'],
  ['779', 'Skive'],
  ['791', 'Viborg'],
];
const SYDDANMARK: readonly Row[] = [
  ['410', 'Middelfart'],
  ['420', 'Assens'],
  ['430', 'Faaborg-Midtfyn'],
  ['440', 'Kerteminde'],
  ['450', 'Nyborg'],
  ['461', 'Odense'],
  ['479', 'Svendborg'],
  ['480', 'Nordfyn', 'Nordfyns Kommune'],
  ['482', 'Langeland'],
  ['492', 'Ærø'],
  ['510', 'Haderslev'],
  ['530', 'Billund'],
  ['540', 'Sønderborg'],
  ['550', 'Tønder'],
  ['561', 'Esbjerg'],
  ['563', 'Fanø'],
  ['573', 'Varde'],
  ['575', 'Vejen'],
  ['580', 'Aabenraa'],
  ['607', 'Fredericia'],
  ['621', 'Kolding'],
  ['630', 'Vejle'],
];
const HOVEDSTADEN: readonly Row[] = [
  ['101', 'København', 'Københavns Kommune'],
  ['147', 'Frederiksberg'],
  ['151', 'Ballerup'],
  ['153', 'Brøndby'],
  ['155', 'Dragør'],
  ['157', 'Gentofte'],
  ['159', 'Gladsaxe'],
  ['161', 'Glostrup'],
  ['163', 'Herlev'],
  ['165', 'Albertslund'],
  ['167', 'Hvidovre'],
  ['169', 'Høje-Taastrup'],
  ['173', 'Lyngby-Taarbæk'],
  ['175', 'Rødovre'],
  ['183', 'Ishøj'],
  ['185', 'Tårnby'],
  ['187', 'Vallensbæk'],
  ['190', 'Furesø'],
  ['201', 'Allerød'],
  ['210', 'Fredensborg'],
  ['217', 'Helsingør'],
  ['219', 'Hillerød'],
  ['223', 'Hørsholm'],
  ['230', 'Rudersdal'],
  ['240', 'Egedal'],
  ['250', 'Frederikssund'],
  ['260', 'Halsnæs'],
  ['270', 'Gribskov'],
  ['400', 'Bornholm', 'Bornholms Regionskommune'],
];
const SJAELLAND: readonly Row[] = [
  ['253', 'Greve'],
  ['259', 'Køge'],
  ['265', 'Roskilde'],
  ['269', 'Solrød'],
  ['306', 'Odsherred'],
  ['316', 'Holbæk'],
  ['320', 'Faxe'],
  ['326', 'Kalundborg'],
  ['329', 'Ringsted'],
  ['330', 'Slagelse'],
  ['336', 'Stevns'],
  ['340', 'Sorø'],
  ['350', 'Lejre'],
  ['360', 'Lolland'],
  ['370', 'Næstved'],
  ['376', 'Guldborgsund'],
  ['390', 'Vordingborg'],
];

function build(region: RegionCode, rows: readonly Row[]): Municipality[] {
  return rows.map(([code, name, official]) => ({ code, name, officialName: official ?? `${name} Kommune`, region }));
}

export const MUNICIPALITIES: readonly Municipality[] = [
  ...build('1081', NORDJYLLAND),
  ...build('1082', MIDTJYLLAND),
  ...build('1083', SYDDANMARK),
  ...build('1084', HOVEDSTADEN),
  ...build('1085', SJAELLAND),
].sort((a, b) => a.code.localeCompare(b.code));

const byCode = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

export function municipalityByCode(code: string): Municipality | undefined {
  return byCode.get(code);
}

export function isMunicipalityCode(code: string): boolean {
  return byCode.has(code);
}

export function municipalitiesInRegion(region: RegionCode): Municipality[] {
  return MUNICIPALITIES.filter((m) => m.region === region);
}

/**
 * Whether an organisation's name fits the municipality with this code: the name contains the
 * municipality's short name ("Norddjurs Kommune", "Norddjurs"), compared without case.
 */
export function nameMatchesMunicipality(name: string, code: string): boolean {
  const m = byCode.get(code);
  if (!m) return false;
  return name.toLocaleLowerCase('da').includes(m.name.toLocaleLowerCase('da'));
}

/** A lowercase ASCII slug for ids: "Ringkøbing-Skjern" → "ringkoebing-skjern", "Ærø" → "aeroe". */
export function slugOf(name: string): string {
  return name
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
