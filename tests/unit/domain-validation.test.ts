import { describe, expect, it } from 'vitest';
import { gs1CheckDigit, isValidLocationNumber, withCheckDigit } from '../../api/src/domain/location-number.js';
import {
  MUNICIPALITIES,
  REGIONS,
  isMunicipalityCode,
  municipalitiesInRegion,
  municipalityByCode,
  nameMatchesMunicipality,
  slugOf,
} from '../../api/src/domain/municipalities.js';
import { isIsoDate, isPhoneNumber, isWebUrl, validateNode, validateRelationship } from '../../api/src/domain/records.js';
import { ID_PREFIXES, NODE_LABELS, ORGANISATION_KINDS, SECTORS_BY_KIND } from '../../api/src/domain/vocabulary.js';

/** The fields that failed, for compact assertions. */
function failedFields(result: { ok: boolean; issues?: Array<{ field: string }> }): string[] {
  return result.ok ? [] : result.issues!.map((i) => i.field);
}
function messageOf(result: { ok: boolean; issues?: Array<{ field: string; message: string }> }, field: string): string {
  return result.ok ? '' : (result.issues!.find((i) => i.field === field)?.message ?? '');
}

const org = (extra: Record<string, unknown> = {}) => ({ id: 'org:x', name: 'Et sted', kind: 'HOSPITAL', sector: 'REGION', ...extra });
const municipality = (extra: Record<string, unknown> = {}) =>
  org({ id: 'org:municipality-norddjurs', name: 'Norddjurs Kommune', kind: 'MUNICIPALITY', sector: 'MUNICIPALITY', municipalityCode: '707', ...extra });
const person = (extra: Record<string, unknown> = {}) => ({ id: 'person:a', name: 'Anne Testesen', fictitious: true, ...extra });
const relation = (extra: Record<string, unknown> = {}) => ({ id: 'rel:x', from: 'person:a', to: 'org:x', ...extra });

describe('location numbers (GS1 GLN, mod 10)', () => {
  it('computes the check digit with weights 3,1,3,1… from the right', () => {
    // 4006381333931 is GS1's own worked EAN-13 example.
    expect(gs1CheckDigit('400638133393')).toBe(1);
    expect(gs1CheckDigit('579000012345')).toBe(2);
    expect(gs1CheckDigit('579000000001')).toBe(2);
    expect(gs1CheckDigit('579000123456')).toBe(0);
    expect(gs1CheckDigit('579800000000')).toBe(1);
  });

  it('accepts known valid numbers', () => {
    for (const gln of ['4006381333931', '5790000123452', '5790000000012', '5790001234560', '5790001516178', '5798000000001']) {
      expect(isValidLocationNumber(gln), gln).toBe(true);
    }
  });

  it('rejects a wrong check digit, a swapped pair of digits, the wrong length and non-digits', () => {
    expect(isValidLocationNumber('5790000123453')).toBe(false); // check digit off by one
    expect(isValidLocationNumber('5790000123456')).toBe(false); // the "…123456" pattern is not valid
    expect(isValidLocationNumber('5790000213452')).toBe(false); // 1 and 2 swapped
    expect(isValidLocationNumber('579000012345')).toBe(false); // 12 digits
    expect(isValidLocationNumber('57900001234520')).toBe(false); // 14 digits
    expect(isValidLocationNumber('579000012345X')).toBe(false);
    expect(isValidLocationNumber(' 5790000123452')).toBe(false);
  });

  it('completes a 12-digit stem and refuses anything else', () => {
    expect(withCheckDigit('579000012345')).toBe('5790000123452');
    expect(() => withCheckDigit('57900001234')).toThrow(/12 digits/);
  });

  it('is enforced on organisations and on MedCom channels', () => {
    expect(validateNode('Organisation', org({ locationNumber: '5790000123452' })).ok).toBe(true);
    const bad = validateNode('Organisation', org({ locationNumber: '5790000123456' }));
    expect(failedFields(bad)).toEqual(['locationNumber']);
    expect(messageOf(bad, 'locationNumber')).toMatch(/check digit/);
  });
});

describe('municipalities', () => {
  it('lists all 98 municipalities in 5 regions, with unique codes and names', () => {
    expect(MUNICIPALITIES).toHaveLength(98);
    expect(REGIONS).toHaveLength(5);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(98);
    expect(new Set(MUNICIPALITIES.map((m) => m.name)).size).toBe(98);
    const perRegion = Object.fromEntries(REGIONS.map((r) => [r.name, municipalitiesInRegion(r.code).length]));
    expect(perRegion).toEqual({ 'Region Nordjylland': 11, 'Region Midtjylland': 19, 'Region Syddanmark': 22, 'Region Hovedstaden': 29, 'Region Sjælland': 17 });
    for (const m of MUNICIPALITIES) expect(m.code).toMatch(/^[1-8]\d{2}$/);
  });

  it('knows the codes of the Central Denmark Region', () => {
    const midt = Object.fromEntries(municipalitiesInRegion('1082').map((m) => [m.name, m.code]));
    expect(midt).toMatchObject({
      Norddjurs: '707',
      Syddjurs: '706',
      Randers: '730',
      Favrskov: '710',
      Aarhus: '751',
      Samsø: '741',
      Horsens: '615',
      'Ringkøbing-Skjern': '760',
    });
    expect(municipalityByCode('101')?.officialName).toBe('Københavns Kommune');
    expect(municipalityByCode('400')?.officialName).toBe('Bornholms Regionskommune');
    expect(isMunicipalityCode('411')).toBe(false); // Christiansø is no municipality
  });

  it('matches names and makes id slugs', () => {
    expect(nameMatchesMunicipality('Norddjurs Kommune', '707')).toBe(true);
    expect(nameMatchesMunicipality('norddjurs', '707')).toBe(true);
    expect(nameMatchesMunicipality('Syddjurs Kommune', '707')).toBe(false);
    expect(slugOf('Ringkøbing-Skjern')).toBe('ringkoebing-skjern');
    expect(slugOf('Ærø')).toBe('aeroe');
    expect(slugOf('Lyngby-Taarbæk')).toBe('lyngby-taarbaek');
  });

  it('requires a known code on a municipality, whose name must fit it', () => {
    expect(validateNode('Organisation', municipality()).ok).toBe(true);
    expect(failedFields(validateNode('Organisation', municipality({ municipalityCode: undefined })))).toEqual(['municipalityCode']);
    expect(messageOf(validateNode('Organisation', municipality({ municipalityCode: '999' })), 'municipalityCode')).toMatch(/98 Danish municipalities/);
    expect(messageOf(validateNode('Organisation', municipality({ municipalityCode: '07' })), 'municipalityCode')).toMatch(/3-digit/);
    const wrong = validateNode('Organisation', municipality({ municipalityCode: '706' }));
    expect(messageOf(wrong, 'municipalityCode')).toMatch(/Syddjurs Kommune.*Norddjurs Kommune/);
  });

  it('requires a municipality code on a municipal unit and checks it on any organisation', () => {
    const unit = { id: 'org:ppr-norddjurs', name: 'PPR', kind: 'MUNICIPAL_UNIT', sector: 'MUNICIPALITY' };
    expect(failedFields(validateNode('Organisation', unit))).toEqual(['municipalityCode']);
    expect(validateNode('Organisation', { ...unit, municipalityCode: '707' }).ok).toBe(true);
    expect(failedFields(validateNode('Organisation', org({ municipalityCode: '862' })))).toEqual(['municipalityCode']);
  });
});

describe('ids', () => {
  it('start with the kind of node', () => {
    for (const label of NODE_LABELS) {
      expect(ID_PREFIXES[label]).toMatch(/^[a-z]+:$/);
    }
    expect(validateNode('Person', person()).ok).toBe(true);
    expect(messageOf(validateNode('Person', person({ id: 'org:a' })), 'id')).toMatch(/must start with "person:"/);
    expect(messageOf(validateNode('Person', person({ id: 'person:' })), 'id')).toMatch(/must start with "person:"/);
    expect(messageOf(validateRelationship('WORKS_IN', relation({ id: 'x:1' })), 'id')).toMatch(/must start with "rel:"/);
  });

  it('use lowercase letters, digits and : . _ - only, at most 128 characters', () => {
    expect(failedFields(validateNode('Person', person({ id: 'person:Anne' })))).toContain('id');
    expect(failedFields(validateNode('Person', person({ id: 'person:anne testesen' })))).toContain('id');
    expect(failedFields(validateNode('Person', person({ id: 'person:æble' })))).toContain('id');
    expect(validateNode('Person', person({ id: `person:${'a'.repeat(121)}` })).ok).toBe(true);
    expect(failedFields(validateNode('Person', person({ id: `person:${'a'.repeat(122)}` })))).toContain('id');
    expect(failedFields(validateRelationship('WORKS_IN', relation({ from: 'Person:A' })))).toContain('from');
  });
});

describe('text fields', () => {
  it('are required, trimmed and not empty', () => {
    expect(failedFields(validateNode('Person', person({ name: undefined })))).toEqual(['name']);
    expect(messageOf(validateNode('Person', person({ name: '   ' })), 'name')).toMatch(/must not be empty/);
    const r = validateNode('Person', person({ name: '  Anne Testesen ' }));
    expect(r.ok && r.value.name).toBe('Anne Testesen');
  });

  it('have a maximum length per field', () => {
    expect(validateNode('Person', person({ name: 'a'.repeat(200) })).ok).toBe(true);
    expect(messageOf(validateNode('Person', person({ name: 'a'.repeat(201) })), 'name')).toMatch(/at most 200/);
    expect(messageOf(validateNode('Person', person({ title: 'a'.repeat(121) })), 'title')).toMatch(/at most 120/);
    expect(failedFields(validateNode('Organisation', org({ shortName: 'a'.repeat(41) })))).toEqual(['shortName']);
    expect(failedFields(validateNode('Mandate', { id: 'mandate:m', name: 'M', level: 'DECIDE', scope: 'a'.repeat(501) }))).toEqual(['scope']);
  });

  it('hold no control characters', () => {
    expect(messageOf(validateNode('Person', person({ name: 'Anne\u0000Testesen' })), 'name')).toMatch(/control characters/);
    expect(validateNode('Organisation', org({ description: 'Linje et\nLinje to' })).ok).toBe(true);
  });

  // An outside probe stored a name of only invisible characters, "Evil\u202Eenummok" (reads
  // "Evilkommune") and "Anders\u200B Bruun Clausen" (looks like an existing person).
  it('keep no invisible formatting characters: what is stored is what one sees', () => {
    const stored = (name: string) => {
      const r = validateNode('Person', person({ name }));
      return r.ok ? (r.value as { name: string }).name : null;
    };
    expect(stored('Anders\u200B Bruun Clausen')).toBe('Anders Bruun Clausen');
    expect(stored('Evil\u202Eenummok')).toBe('Evilenummok');
    expect(stored('\uFEFFSofie\u00AD Hansen\u2066')).toBe('Sofie Hansen');
    expect(messageOf(validateNode('Person', person({ name: '\u202E\u200B' })), 'name')).toMatch(/must not be empty/);
    expect(stored('Åse Ørum-Ærø')).toBe('Åse Ørum-Ærø');
    // The zero-width joiner of an emoji sequence stays.
    expect(stored('👩\u200D👩\u200D👧 familie')).toBe('👩\u200D👩\u200D👧 familie');
  });

  it('reject unknown fields', () => {
    expect(messageOf(validateNode('Person', person({ cpr: '010101-1234' })), '(record)')).toMatch(/unknown field\(s\): cpr/);
  });
});

describe('dates', () => {
  it('are real calendar days as YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('24-02-2023')).toBe(false);
    expect(isIsoDate('2023-2-24')).toBe(false);
    expect(isIsoDate('2023-02-24T00:00:00Z')).toBe(false);
    expect(failedFields(validateRelationship('WORKS_IN', relation({ since: '2023-02-30' })))).toEqual(['since']);
  });

  it('lie between 1970 and 2099', () => {
    expect(messageOf(validateRelationship('WORKS_IN', relation({ since: '1969-12-31' })), 'since')).toMatch(/between 1970-01-01 and 2099-12-31/);
    expect(failedFields(validateRelationship('WORKS_IN', relation({ until: '2100-01-01' })))).toEqual(['until']);
    expect(validateRelationship('WORKS_IN', relation({ since: '1970-01-01', until: '2099-12-31' })).ok).toBe(true);
  });

  it('keep since before until on every relationship', () => {
    expect(validateRelationship('MEMBER_OF', { ...relation({ to: 'group:g' }), since: '2024-01-01', until: '2024-01-01' }).ok).toBe(true);
    const r = validateRelationship('MEMBER_OF', { ...relation({ to: 'group:g' }), since: '2024-01-01', until: '2023-12-31' });
    expect(failedFields(r)).toEqual(['until']);
    expect(messageOf(r, 'until')).toMatch(/must not be before since/);
  });

  it('keep validFrom before validTo on mandates, agreements, groups and organisations', () => {
    const mandate = { id: 'mandate:m', name: 'M', level: 'DECIDE', scope: 'Beslutte', validFrom: '2024-01-01', validTo: '2023-01-01' };
    expect(failedFields(validateNode('Mandate', mandate))).toEqual(['validTo']);
    expect(validateNode('Mandate', { ...mandate, validTo: '2024-12-31' }).ok).toBe(true);
    expect(failedFields(validateNode('Agreement', { id: 'agreement:a', name: 'A', validFrom: '2027-12-31', validTo: '2024-01-01' }))).toEqual(['validTo']);
    expect(failedFields(validateNode('Group', { id: 'group:g', name: 'G', kind: 'NETWORK', validFrom: '2021-12-31', validTo: '2018-09-01' }))).toEqual([
      'validTo',
    ]);
    expect(failedFields(validateNode('Organisation', org({ validFrom: '2024-07-01', validTo: '2024-06-30' })))).toEqual(['validTo']);
  });
});

describe('closed vocabularies', () => {
  it('reject values outside each enum', () => {
    expect(failedFields(validateNode('Organisation', org({ kind: 'SCHOOL' })))).toEqual(['kind']);
    expect(failedFields(validateNode('Group', { id: 'group:g', name: 'G', kind: 'CLUB' }))).toEqual(['kind']);
    expect(failedFields(validateNode('Mandate', { id: 'mandate:m', name: 'M', level: 'VETO', scope: 's' }))).toEqual(['level']);
    expect(failedFields(validateNode('Channel', { id: 'channel:c', name: 'C', kind: 'FAX', status: 'ESTABLISHED' }))).toEqual(['kind']);
    expect(failedFields(validateNode('Channel', { id: 'channel:c', name: 'C', kind: 'MEETING', status: 'DONE' }))).toEqual(['status']);
    expect(failedFields(validateRelationship('MEMBER_OF', relation({ to: 'group:g', role: 'BOSS' })))).toEqual(['role']);
    expect(failedFields(validateRelationship('STATUS', relation({ to: 'element:e', level: 'ORANGE', asOf: '2024-01-01' })))).toEqual(['level']);
  });

  it('accept perspectives once each', () => {
    const group = { id: 'group:g', name: 'G', kind: 'IMPLEMENTATION_GROUP' };
    expect(validateNode('Group', { ...group, requiredPerspectives: ['SCHOOL', 'YOUTH_GUIDANCE'] }).ok).toBe(true);
    expect(failedFields(validateNode('Group', { ...group, requiredPerspectives: ['SCHOOL', 'TEACHERS'] }))).toEqual(['requiredPerspectives.1']);
    expect(messageOf(validateNode('Group', { ...group, requiredPerspectives: ['PPR', 'PPR'] }), 'requiredPerspectives')).toMatch(/repeat/);
    expect(failedFields(validateRelationship('MEMBER_OF', relation({ to: 'group:g', represents: ['PPR', 'PPR'] })))).toEqual(['represents']);
  });

  it("fit an organisation's sector to its kind", () => {
    for (const kind of ORGANISATION_KINDS) expect(SECTORS_BY_KIND[kind].length).toBeGreaterThan(0);
    expect(messageOf(validateNode('Organisation', org({ kind: 'GP_PRACTICE', sector: 'MUNICIPALITY', locationNumber: '5790000123452' })), 'sector')).toMatch(
      /GENERAL_PRACTICE/,
    );
    expect(failedFields(validateNode('Organisation', org({ kind: 'NATIONAL_BODY', sector: 'REGION' })))).toEqual(['sector']);
    expect(validateNode('Organisation', org({ kind: 'PRIVATE_SPECIALIST', sector: 'GENERAL_PRACTICE' })).ok).toBe(true);
  });

  it('bound element and step numbers', () => {
    expect(validateNode('Step', { id: 'step:s', name: 'Trin 4', number: 4 }).ok).toBe(true);
    expect(failedFields(validateNode('Step', { id: 'step:s', name: 'Trin 5', number: 5 }))).toEqual(['number']);
    expect(failedFields(validateNode('Element', { id: 'element:e', name: 'E', number: 0 }))).toEqual(['number']);
    expect(failedFields(validateNode('Element', { id: 'element:e', name: 'E', number: 1.5 }))).toEqual(['number']);
  });
});

describe('organisations', () => {
  it('require a location number on a GP practice', () => {
    const practice = org({ id: 'org:gp', kind: 'GP_PRACTICE', sector: 'GENERAL_PRACTICE' });
    expect(messageOf(validateNode('Organisation', practice), 'locationNumber')).toMatch(/required for a GP practice/);
    expect(validateNode('Organisation', { ...practice, locationNumber: '5790001516178' }).ok).toBe(true);
  });

  it('take http(s) websites only', () => {
    expect(validateNode('Organisation', org({ website: 'https://www.rm.dk/' })).ok).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('ftp://example.dk/')).toBe(false);
    expect(isWebUrl('https://localhost/')).toBe(false);
    expect(failedFields(validateNode('Organisation', org({ website: 'www.rm.dk' })))).toEqual(['website']);
  });
});

describe('people: e-mail, phone, fictitious', () => {
  it('accept work e-mail addresses and reject malformed ones', () => {
    expect(validateNode('Person', person({ email: 'anne.testesen@norddjurs.dk' })).ok).toBe(true);
    for (const bad of ['anne.testesen', 'anne@', '@rm.dk', 'anne testesen@rm.dk', 'anne@@rm.dk', `${'a'.repeat(250)}@rm.dk`]) {
      expect(failedFields(validateNode('Person', person({ email: bad }))), bad).toEqual(['email']);
    }
  });

  it('accept Danish and international phone numbers', () => {
    for (const ok of ['+45 78 47 12 34', '+4578471234', '78471234', '7847 1234', '78-47-12-34', '0045 78 47 12 34', '+46 8 123 456 78', '+49 30 1234567']) {
      expect(isPhoneNumber(ok), ok).toBe(true);
    }
    for (const bad of ['1234567', '08471234', '+45 784 7123', '+45 0847 1234', '78--47-12-34', '+1 23', 'tlf. 78471234', '+45 78 47 12 34 5', '0045 1234']) {
      expect(isPhoneNumber(bad), bad).toBe(false);
    }
    expect(failedFields(validateNode('Person', person({ phone: '12 34' })))).toEqual(['phone']);
    // One stored form whatever the typing (danish-input.ts).
    const typed = validateNode('Person', person({ phone: '0045 78471234' }));
    expect(typed.ok && typed.value.phone).toBe('+45 78 47 12 34');
    expect(failedFields(validateNode('Organisation', org({ phone: 'ring til os' })))).toEqual(['phone']);
  });

  it('may be marked fictitious, and nothing else', () => {
    // Real staff entered by editors carry no mark; the seed loader requires it (domain-dataset tests).
    expect(validateNode('Person', person({ fictitious: undefined })).ok).toBe(true);
    expect(failedFields(validateNode('Person', person({ fictitious: false })))).toEqual(['fictitious']);
  });
});

describe('channels', () => {
  const channel = (extra: Record<string, unknown>) => ({ id: 'channel:c', name: 'C', status: 'ESTABLISHED', ...extra });

  it('hold the address their kind needs', () => {
    expect(validateNode('Channel', channel({ kind: 'MEDCOM_CORRESPONDENCE', address: '5790000123452' })).ok).toBe(true);
    expect(messageOf(validateNode('Channel', channel({ kind: 'MEDCOM_CORRESPONDENCE', address: '5790000123456' })), 'address')).toMatch(/location number/);
    expect(validateNode('Channel', channel({ kind: 'PHONE_LINE', address: '+45 78 47 00 00' })).ok).toBe(true);
    expect(failedFields(validateNode('Channel', channel({ kind: 'PHONE_LINE', address: 'www.rm.dk' })))).toEqual(['address']);
    expect(validateNode('Channel', channel({ kind: 'SECURE_EMAIL', address: 'sikker@rm.dk' })).ok).toBe(true);
    expect(failedFields(validateNode('Channel', channel({ kind: 'SECURE_EMAIL', address: '78470000' })))).toEqual(['address']);
    expect(validateNode('Channel', channel({ kind: 'WEBSITE', address: 'https://www.taetogtoer.rn.dk' })).ok).toBe(true);
    expect(failedFields(validateNode('Channel', channel({ kind: 'WEBSITE', address: 'taetogtoer.rn.dk' })))).toEqual(['address']);
    // Kinds without a fixed address format take free text.
    expect(validateNode('Channel', channel({ kind: 'ADVISORY_SERVICE', address: 'Book via kontaktpersonen' })).ok).toBe(true);
  });

  it('need an address when an established MedCom channel, not while in progress', () => {
    expect(messageOf(validateNode('Channel', channel({ kind: 'MEDCOM_CORRESPONDENCE' })), 'address')).toMatch(/required for an established MedCom channel/);
    expect(validateNode('Channel', channel({ kind: 'MEDCOM_CORRESPONDENCE', status: 'IN_PROGRESS' })).ok).toBe(true);
  });

  it('take supportsAttachments as a boolean', () => {
    expect(failedFields(validateNode('Channel', channel({ kind: 'MEDCOM_CORRESPONDENCE', status: 'PLANNED', supportsAttachments: 'ja' })))).toEqual([
      'supportsAttachments',
    ]);
  });
});

describe('relationships', () => {
  it('STATUS needs a level and an asOf no later than its document', () => {
    const status = relation({
      from: 'org:municipality-norddjurs',
      to: 'element:mistrivsel-2',
      level: 'BLUE',
      asOf: '2023-02-24',
      source: '003 Statusoverblik Norddjurs',
      sourceDate: '2023-02-24',
      inferred: true,
    });
    expect(validateRelationship('STATUS', status).ok).toBe(true);
    expect(failedFields(validateRelationship('STATUS', { ...status, asOf: undefined }))).toEqual(['asOf']);
    expect(failedFields(validateRelationship('STATUS', { ...status, level: undefined }))).toEqual(['level']);
    expect(messageOf(validateRelationship('STATUS', { ...status, asOf: '2023-03-01' }), 'asOf')).toMatch(/not be after sourceDate/);
  });

  it('CONTACT_FOR names pathways by id and steps 1–4, each once', () => {
    const c = relation({ pathways: ['pathway:adhd'], steps: [2, 3], topics: ['sparring'], audience: ['PPR'] });
    expect(validateRelationship('CONTACT_FOR', c).ok).toBe(true);
    expect(failedFields(validateRelationship('CONTACT_FOR', { ...c, pathways: ['adhd'] }))).toEqual(['pathways.0']);
    expect(failedFields(validateRelationship('CONTACT_FOR', { ...c, steps: [0] }))).toEqual(['steps.0']);
    expect(failedFields(validateRelationship('CONTACT_FOR', { ...c, steps: [5] }))).toEqual(['steps.0']);
    expect(failedFields(validateRelationship('CONTACT_FOR', { ...c, steps: [2, 2] }))).toEqual(['steps']);
    expect(failedFields(validateRelationship('CONTACT_FOR', { ...c, topics: [''] }))).toEqual(['topics.0']);
  });

  it('MEMBER_OF defaults to MEMBER and names the organisation represented by id', () => {
    const m = validateRelationship('MEMBER_OF', relation({ to: 'group:g', represents: ['PPR'] }));
    expect(m.ok && m.value.role).toBe('MEMBER');
    expect(failedFields(validateRelationship('MEMBER_OF', relation({ to: 'group:g', onBehalfOf: 'group:other' })))).toEqual(['onBehalfOf']);
  });

  it('GRANTED_BY takes its decision date as a date', () => {
    expect(validateRelationship('GRANTED_BY', relation({ from: 'mandate:m', to: 'group:g', decidedOn: '2024-05-13' })).ok).toBe(true);
    expect(failedFields(validateRelationship('GRANTED_BY', relation({ from: 'mandate:m', to: 'group:g', decidedOn: '31-04-2024' })))).toEqual(['decidedOn']);
    // Typed the Danish way, stored as YYYY-MM-DD (danish-input.ts).
    const danish = validateRelationship('GRANTED_BY', relation({ from: 'mandate:m', to: 'group:g', decidedOn: '13-05-2024' }));
    expect(danish.ok && (danish.value as { decidedOn?: string }).decidedOn).toBe('2024-05-13');
  });
});

describe('provenance', () => {
  it('accepts a source with its date, and an inferred fact with its source', () => {
    expect(
      validateNode('Organisation', org({ source: '001 Status, implementeringsgruppen Randersklyngen', sourceDate: '2024-04-01', inferred: true })).ok,
    ).toBe(true);
  });

  it('rejects a source date or an inferred flag without a source', () => {
    expect(messageOf(validateNode('Organisation', org({ sourceDate: '2024-04-01' })), 'sourceDate')).toMatch(/needs a source/);
    expect(messageOf(validateRelationship('WORKS_IN', relation({ inferred: true })), 'inferred')).toMatch(/needs a source/);
    expect(failedFields(validateNode('Organisation', org({ source: '001', sourceDate: '2024-4-1' })))).toEqual(['sourceDate']);
    expect(failedFields(validateNode('Organisation', org({ source: 'x'.repeat(201) })))).toEqual(['source']);
  });
});
