import type { EntityLink } from '../api/get-entity';
import { LINK_FIELDS } from './field-specs';
import { fieldLabel, valueInWords } from './field-text';

/** The few properties that tell one relationship from another, in words ("Rolle: Formand · …"). */
export function linkSummary(link: EntityLink): string {
  // Ids of other nodes (a contact's pathways) say little in a one-line summary; the form shows their names.
  const fields = LINK_FIELDS[link.type].filter((f) => !f.provenance && f.type !== 'ref' && f.type !== 'refList');
  return fields
    .filter((f) => {
      const v = link.properties[f.name];
      return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
    })
    .map((f) => `${fieldLabel(f.name)}: ${valueInWords(link.properties[f.name], f).replace(/^"|"$/g, '')}`)
    .join(' · ');
}
