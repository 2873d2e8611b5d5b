import { getLanguage, tOptional, tVocab } from '../../../i18n';
import { te, type EditingKey } from '../i18n';
import type { FieldSpec } from './field-specs';

/** A field's label: the app's property names, with this feature's few additions. */
export function fieldLabel(name: string): string {
  const own = (['kind', 'sector', 'onBehalfOf', 'fromId', 'toId'] as const).find((n) => n === name);
  if (own) return te(`field.${own}` as EditingKey);
  return tVocab('prop', name);
}

/** An option's text (a kind, sector, perspective, level …); the raw value when unknown. */
export function optionLabel(field: Pick<FieldSpec, 'vocab'>, value: string): string {
  if (!field.vocab) return value;
  return tOptional(`${field.vocab}.${value}`) ?? tOptional(`value.${value}`) ?? value;
}

/** A stored value in words, for histories and conflicts. */
export function valueInWords(value: unknown, field?: Pick<FieldSpec, 'vocab'>): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value === 'boolean') return value ? te('form.yes') : te('form.no');
  if (Array.isArray(value)) return value.length ? value.map((v) => valueInWords(v, field)).join(', ') : '–';
  if (typeof value === 'string') {
    if (/^[A-Z][A-Z0-9_]+$/.test(value)) {
      return (
        (field?.vocab ? optionLabel(field, value) : undefined) ??
        tOptional(`value.${value}`) ??
        tOptional(`kind.${value}`) ??
        tOptional(`sector.${value}`) ??
        tOptional(`level.${value}`) ??
        value
      );
    }
    return `"${value}"`;
  }
  if (typeof value === 'number') return value.toLocaleString(getLanguage() === 'en' ? 'en-GB' : 'da-DK');
  return JSON.stringify(value);
}
