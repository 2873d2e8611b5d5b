import { getLanguage } from '../../../i18n';
import { fieldLabel } from './field-text';

/**
 * The domain rules answer in English (api/src/domain/records.ts); the reader gets Danish. Each
 * pattern covers one rule's message; an unknown message is shown as it came.
 */
const DANISH: Array<[RegExp, string | ((m: RegExpMatchArray) => string)]> = [
  [/^must not be empty$/, 'skal udfyldes'],
  [/^must be at least (\d+) characters$/, 'skal være mindst $1 tegn'],
  [/^is already in use$/, 'er allerede i brug'],
  [/^is not an organisation$/, 'skal være en klynge eller organisation'],
  [/^must be at most (\d+) characters$/, 'må højst være $1 tegn'],
  [/^must have at most (\d+) entries$/, 'må højst have $1 værdier'],
  [/^must not contain control characters$/, 'må ikke indeholde kontroltegn'],
  [/^must be a date as YYYY-MM-DD$/, 'skal være en dato som ÅÅÅÅ-MM-DD, fx 2024-05-01'],
  [/^must be between 1970-01-01 and 2099-12-31$/, 'skal ligge mellem 1970-01-01 og 2099-12-31'],
  [/^must be a phone number for a phone line$/, 'skal være et telefonnummer for en telefonlinje'],
  [/^must be an e-mail address for a secure e-mail channel$/, 'skal være en e-mailadresse for en sikker e-mail-kanal'],
  [/^must be an e-mail address$/, 'skal være en e-mailadresse, fx navn@kommune.dk'],
  [/^must be a phone number/, 'skal være et telefonnummer, fx +45 70 11 22 33 eller 70112233'],
  [/^must be a web address/, 'skal være en webadresse, der begynder med http:// eller https://'],
  [
    /^must be a 13-digit location number with a valid GS1 check digit for a MedCom channel$/,
    'skal være et 13-cifret lokationsnummer med gyldigt kontrolciffer for en MedCom-kanal',
  ],
  [/^must be a 13-digit location number/, 'skal være et 13-cifret lokationsnummer med gyldigt kontrolciffer'],
  [/^must be a 3-digit Danish municipality code/, 'skal være en 3-cifret dansk kommunekode (101–860)'],
  [/^must be the code of one of the 98 Danish municipalities$/, 'skal være koden for en af de 98 danske kommuner'],
  [/^is (\d{3}), the code of (.+), which does not match the name "(.+)"$/, 'er $1, koden for $2, som ikke passer til navnet "$3"'],
  [/^must not be before (\w+)$/, (m) => `må ikke ligge før ${fieldLabel(m[1]!).toLowerCase()}`],
  [/^needs a source/, 'kræver en kilde (det dokument, det stammer fra)'],
  [/^must be (.+) for an organisation of kind (\w+)$/, 'passer ikke til organisationstypen'],
  [/^is required for a municipality$/, 'skal udfyldes for en kommune'],
  [/^is required for a municipal unit$/, 'skal udfyldes for en kommunal enhed'],
  [/^is required for a GP practice/, 'skal udfyldes for en lægepraksis (MedCom-breve sendes til det)'],
  [/^is required for an established MedCom channel/, 'skal udfyldes for en etableret MedCom-kanal (lokationsnummeret, brevene sendes til)'],
  [/^must not repeat an entry$/, 'må ikke gentage en værdi'],
  [/^must be true or left out$/, 'skal være "Ja" eller ikke angivet'],
  [/^must not be after sourceDate/, 'må ikke ligge efter kildedatoen (et dokument beretter om det, der var)'],
  [/^unknown field\(s\): (.+)$/, 'ukendt felt: $1'],
  [/^cannot be changed$/, 'kan ikke ændres'],
  [/^must be (\w+(?: or \w+)*), not (\w+)$/, 'skal være $1, ikke $2'],
  [/^must start with "(.+)"$/, 'skal begynde med "$1"'],
  [/^.*received undefined$/, 'skal udfyldes'],
  [/^Invalid input: expected number/, 'skal være et heltal'],
  [/^Invalid input: expected int/, 'skal være et heltal'],
  [/^Invalid input: expected (\w+)/, 'har en forkert type'],
  [/^Invalid option/, 'er ikke et af de tilladte valg'],
  [/^Too big: expected number to be <=(\d+)$/, 'må højst være $1'],
  [/^Too small: expected number to be >=(\d+)$/, 'skal være mindst $1'],
  [/^no node with id "(.+)"$/, 'der findes intet med id "$1"'],
  [/^unknown column/, 'ukendt kolonne'],
  [/^is required$/, 'skal udfyldes'],
];

export function issueText(message: string): string {
  if (getLanguage() === 'en') return message;
  for (const [pattern, danish] of DANISH) {
    const m = message.match(pattern);
    // Only the rule's own words are kept: zod appends the whole option list, which helps no one.
    if (m) return typeof danish === 'string' ? m[0].replace(pattern, danish) : danish(m);
  }
  return message;
}
