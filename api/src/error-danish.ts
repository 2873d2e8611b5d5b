/**
 * The Danish of a field issue's English message, for `extensions.issues[].da` (errors.ts), in the
 * words the editing forms have always shown (they came from the web app's own table before). The
 * domain rules (api/src/domain/records.ts), zod's own messages and graphql-js's variable errors
 * word their issues in English; this table says each in Danish. A message it does not know
 * keeps the English inside a Danish frame, and tests/api/error-policy.test.ts walks the domain's
 * rules so that does not happen to a rule of ours.
 */
type Rule = [RegExp, (...groups: string[]) => string];

const FIELD_DA: Record<string, string> = { validFrom: 'gyldig fra', since: 'fra-datoen', from: 'from', asOf: 'asOf', to: 'to' };

const RULES: Rule[] = [
  [/^must not be empty$/, () => 'skal udfyldes'],
  [/^must be at most (\d+) characters(, no control characters)?$/, (n, c) => `må højst være ${n} tegn${c ? ', uden kontroltegn' : ''}`],
  [/^must be at least (\d+) characters$/, (n) => `skal være mindst ${n} tegn`],
  [/^must have at most (\d+) entries$/, (n) => `må højst have ${n} værdier`],
  [/^must not repeat an entry$/, () => 'må ikke gentage en værdi'],
  [/^must not contain control characters$/, () => 'må ikke indeholde kontroltegn'],
  [/^must not contain a broken character \(a lone surrogate\)$/, () => 'må ikke indeholde et ødelagt tegn'],
  [/^must be 1–128 characters of a–z, 0–9, .*$/, () => 'skal være 1–128 tegn af a–z, 0–9, ":", ".", "_" eller "-"'],
  [/^must start with "([^"]+)"$/, (p) => `skal begynde med "${p}"`],
  [/^must be a date (?:as|such as) .*$/, () => 'skal være en dato som 2026-12-06 eller 6.12.2026'],
  [/^must be a date(?: as)? YYYY-MM-DD$/, () => 'skal være en dato som ÅÅÅÅ-MM-DD'],
  [/^not a date \(YYYY-MM-DD\)$/, () => 'er ikke en dato (ÅÅÅÅ-MM-DD)'],
  [/^must be between 1970-01-01 and 2099-12-31$/, () => 'skal ligge mellem 1970-01-01 og 2099-12-31'],
  [/^must be an ISO time such as (.*)$/, (x) => `skal være et ISO-tidspunkt som ${x}`],
  [/^must be an ISO date or time$/, () => 'skal være en ISO-dato eller et ISO-tidspunkt'],
  [
    /^must be an e-mail address( for a secure e-mail channel)?$/,
    (c) => (c ? 'skal være en e-mailadresse for en sikker e-mail-kanal' : 'skal være en e-mailadresse, fx navn@kommune.dk'),
  ],
  [/^must be true or left out$/, () => 'skal være "Ja" eller ikke angivet'],
  [/^must be a phone number for a phone line$/, () => 'skal være et telefonnummer for en telefonlinje'],
  [/^must be a phone number.*$/, () => 'skal være et telefonnummer, fx +45 70 11 22 33 eller 70112233'],
  [/^must be a web address \(http\/https\) for a website$/, () => 'skal være en webadresse (http/https) for en hjemmeside'],
  [/^must be a web address starting with http:\/\/ or https:\/\/$/, () => 'skal være en webadresse, der begynder med http:// eller https://'],
  [
    /^must be a 13-digit location number with a valid GS1 check digit( for a MedCom channel)?$/,
    (c) => `skal være et 13-cifret lokationsnummer med gyldigt kontrolciffer${c ? ' for en MedCom-kanal' : ''}`,
  ],
  [/^must be a 3-digit Danish municipality code \(101–860\)$/, () => 'skal være en 3-cifret dansk kommunekode (101–860)'],
  [/^must be the code of one of the 98 Danish municipalities$/, () => 'skal være koden for en af de 98 danske kommuner'],
  [/^is (\d{3}), the code of (.+), which does not match the name "(.*)"$/, (c, m, n) => `er ${c}, koden for ${m}, som ikke passer til navnet "${n}"`],
  [/^is required for a municipality$/, () => 'skal udfyldes for en kommune'],
  [/^is required for a municipal unit$/, () => 'skal udfyldes for en kommunal enhed'],
  [/^is required for a GP practice .*$/, () => 'skal udfyldes for en lægepraksis (MedCom-breve sendes til det)'],
  [/^is required for an established MedCom channel .*$/, () => 'skal udfyldes for en etableret MedCom-kanal (lokationsnummeret, brevene sendes til)'],
  [/^must be (.+) for an organisation of kind (\w+)$/, (s, k) => `skal være ${s.replace(/ or /g, ' eller ')} for en organisation af typen ${k}`],
  [/^must not be before (\w+)$/, (f) => `må ikke ligge før ${FIELD_DA[f] ?? f}`],
  [/^must not be after sourceDate .*$/, () => 'må ikke ligge efter kildedatoen (et dokument beretter om det, der var)'],
  [/^needs a source/, () => 'kræver en kilde (det dokument, det stammer fra)'],
  [/^unknown field\(s\): (.*)$/, (f) => `ukendt felt: ${f}`],
  [/^must be an object$/, () => 'skal være et objekt af felter'],
  [/^cannot be changed$/, () => 'kan ikke ændres'],
  [/^must be ([\w/]+(?: or \w+)*), not (\w+)$/, (a, b) => `skal være ${a.replace(/ or /g, ' eller ')}, ikke ${b}`],
  [/^must be between (-?\d+) and (-?\d+)$/, (a, b) => `skal være mellem ${a} og ${b}`],
  [/^must be (\d+)–(\d+)$/, (a, b) => `skal være ${a}–${b}`],
  [/^must be an integer from (\d+) to (\d+)$/, (a, b) => `skal være et helt tal fra ${a} til ${b}`],
  [/^must be at most 200 characters$/, () => 'må højst være 200 tegn'],
  [/^must have at least 2 letters or digits$/, () => 'skal have mindst 2 bogstaver eller cifre'],
  [/^too long$/, () => 'er for lang'],
  [/^unknown cursor$/, () => 'er ikke en markør, API’et har givet'],
  [/^is already in use$/, () => 'er allerede i brug'],
  [/^is your own account$/, () => 'er din egen konto'],
  [/^would leave you without the admin role$/, () => 'ville efterlade dig uden administratorrollen'],
  [/^is not an organisation$/, () => 'skal være en klynge eller organisation'],
  [/^is a relationship change$/, () => 'er en ændring af en forbindelse'],
  [/^the change has no state before it$/, () => 'ændringen har ingen tilstand før sig'],
  [/^is not a fixed-contact assignment or a channel$/, () => 'er hverken en fast-kontakt-tildeling eller en kanal'],
  // zod's own messages (a required field left out, a value of the wrong kind).
  [/^Invalid input: expected \w+, received undefined$/, () => 'skal udfyldes'],
  // Only the rule's own words: zod appends the whole option list, which helps no one.
  [/^Invalid option/, () => 'er ikke et af de tilladte valg'],
  [/^Invalid input: expected (int|number)/, () => 'skal være et heltal'],
  [/^Invalid input: expected (\w+)/, () => 'har en forkert type'],
  [/^Too small: expected number to be >=?(-?\d+)$/, (n) => `skal være mindst ${n}`],
  [/^Too big: expected number to be <=?(-?\d+)$/, (n) => `må højst være ${n}`],
  // graphql-js's reasons for refusing a variable (errors.ts, variableError).
  [/^Value "(.*)" does not exist in "(\w+)" enum$/, (v, e) => `"${v}" er ikke en værdi af ${e}`],
  [/^Int cannot represent .*$/, () => 'skal være et heltal'],
  [/^Float cannot represent .*$/, () => 'skal være et tal'],
  [/^String cannot represent .*$/, () => 'skal være tekst'],
  [/^Boolean cannot represent .*$/, () => 'skal være sand eller falsk'],
  [/^ID cannot represent .*$/, () => 'skal være et id (tekst)'],
  [/^Expected type "(\w+)" to be an object$/, (t) => `skal være et objekt af typen ${t}`],
  [/^Expected value of type "(.+)", found null$/, (t) => `skal udfyldes (${t})`],
];

export function issueInDanish(message: string): string {
  for (const [pattern, say] of RULES) {
    const m = pattern.exec(message);
    if (m) return say(...m.slice(1));
  }
  return `ugyldig værdi (${message})`;
}

/** For the policy test: whether a message has a Danish text of its own. */
export const hasDanish = (message: string) => RULES.some(([pattern]) => pattern.test(message));
