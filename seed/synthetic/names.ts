import type { Rng } from './prng.js';

/**
 * Common Danish given names and surnames, combined at random into FICTITIOUS people. No name
 * from the source documents is used, and the combinations are drawn, not taken from anyone.
 */
export const FEMALE_NAMES = [
  'Anne',
  'Mette',
  'Kirsten',
  'Hanne',
  'Helle',
  'Susanne',
  'Lene',
  'Marianne',
  'Camilla',
  'Louise',
  'Pia',
  'Tina',
  'Charlotte',
  'Maria',
  'Karen',
  'Lone',
  'Rikke',
  'Julie',
  'Line',
  'Signe',
  'Sofie',
  'Ida',
  'Emma',
  'Maja',
  'Katrine',
  'Trine',
  'Birgitte',
  'Dorthe',
  'Gitte',
  'Inge',
  'Janne',
  'Lotte',
  'Malene',
  'Nanna',
  'Pernille',
  'Sanne',
  'Stine',
  'Vibeke',
  'Astrid',
  'Cecilie',
  'Christina',
  'Ditte',
  'Eva',
  'Freja',
  'Hanna',
  'Jette',
  'Karina',
  'Laura',
  'Marie',
  'Mia',
] as const;
export const MALE_NAMES = [
  'Peter',
  'Jens',
  'Lars',
  'Michael',
  'Henrik',
  'Thomas',
  'Søren',
  'Jan',
  'Niels',
  'Anders',
  'Morten',
  'Jesper',
  'Martin',
  'Rasmus',
  'Mads',
  'Christian',
  'Kasper',
  'Jakob',
  'Frederik',
  'Mikkel',
  'Ole',
  'Per',
  'Poul',
  'Torben',
  'Claus',
  'Bo',
  'Brian',
  'Carsten',
  'Erik',
  'Flemming',
  'Hans',
  'Jonas',
  'Kim',
  'Klaus',
  'Kristian',
  'Lasse',
  'Mathias',
  'Nikolaj',
  'Rune',
  'Simon',
  'Steffen',
  'Tobias',
  'Troels',
  'Ulrik',
  'Emil',
  'Oliver',
  'Magnus',
  'Anton',
  'Esben',
  'Asger',
] as const;
export const MIDDLE_NAMES = [
  'Marie',
  'Louise',
  'Kristine',
  'Sofie',
  'Helene',
  'Juul',
  'Bach',
  'Krogh',
  'Lund',
  'Holm',
  'Dam',
  'Kjær',
  'Skov',
  'Bruun',
  'Vestergaard',
  'Lykke',
  'Munk',
  'Winther',
  'Fog',
  'Storm',
] as const;
export const SURNAMES = [
  'Nielsen',
  'Jensen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Jørgensen',
  'Petersen',
  'Madsen',
  'Kristensen',
  'Olsen',
  'Thomsen',
  'Christiansen',
  'Poulsen',
  'Johansen',
  'Møller',
  'Mortensen',
  'Knudsen',
  'Jakobsen',
  'Mikkelsen',
  'Olesen',
  'Frederiksen',
  'Laursen',
  'Henriksen',
  'Lund',
  'Schmidt',
  'Eriksen',
  'Holm',
  'Kristiansen',
  'Clausen',
  'Simonsen',
  'Svendsen',
  'Andreasen',
  'Iversen',
  'Østergaard',
  'Jeppesen',
  'Vestergaard',
  'Nissen',
  'Lauridsen',
  'Kjær',
  'Jespersen',
  'Mogensen',
  'Nørgaard',
  'Jepsen',
  'Frandsen',
  'Søndergaard',
  'Bertelsen',
  'Kristoffersen',
  'Kjeldsen',
  'Dalgaard',
  'Bach',
  'Hald',
  'Overgaard',
  'Bisgaard',
  'Lindberg',
  'Toft',
  'Brandt',
] as const;

export interface FictitiousName {
  given: string;
  middle?: string;
  family: string;
  full: string;
}

/** A generator of distinct fictitious full names. */
export class NameSource {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  next(): FictitiousName {
    for (let attempt = 0; ; attempt++) {
      const given = this.rng.pick(this.rng.chance(0.5) ? FEMALE_NAMES : MALE_NAMES);
      const middle = attempt > 3 || this.rng.chance(0.3) ? this.rng.pick(MIDDLE_NAMES) : undefined;
      const family = this.rng.pick(SURNAMES);
      if (middle === family) continue;
      const full = [given, middle, family].filter(Boolean).join(' ');
      if (this.used.has(full) && attempt < 50) continue;
      this.used.add(full);
      return { given, middle, family, full };
    }
  }
}

/** ASCII for e-mail local parts and ids: "Søren Kjær" → "soeren.kjaer". */
export function asciiName(s: string): string {
  return s
    .toLocaleLowerCase('da')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}
