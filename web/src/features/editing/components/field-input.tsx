import { type ReactElement, useEffect, useState } from 'react';
import { listedNames } from '../api/search-entities';
import { te } from '../i18n';
import type { FieldSpec } from '../lib/field-specs';
import { fieldLabel, optionLabel } from '../lib/field-text';
import type { FormValue } from '../lib/form-values';
import { EntityPicker } from './entity-picker';

interface Props {
  field: FieldSpec;
  formId: string;
  value: FormValue;
  onChange: (value: FormValue) => void;
  errors?: string[];
  disabled?: boolean;
}

/** One input of a generated form, with its label, hint and the API's errors for it. */
export function FieldInput({ field, formId, value, onChange, errors = [], disabled }: Props) {
  const id = `${formId}-${field.name}`;
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const invalid = errors.length > 0;
  const text = Array.isArray(value) ? value.join('\n') : value;
  const list = Array.isArray(value) ? value : [];
  const hint = field.type === 'date' ? te('form.dateHint') : field.type === 'textList' ? te('form.listHint') : null;
  const describedBy = [hint ? hintId : '', invalid ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field.name,
    disabled,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy,
    'aria-required': field.required || undefined,
    'data-field': field.name,
  } as const;
  const label = (
    <>
      {fieldLabel(field.name)}
      {field.required && <span className="field__required"> {te('form.required')}</span>}
    </>
  );
  const wide = field.type === 'textarea' || field.type === 'textList' || field.type === 'enumList' || field.type === 'refList';
  const className = `field${wide ? ' field--wide' : ''}${invalid ? ' field--invalid' : ''}`;
  const errorLine = invalid && (
    <p id={errorId} className="field__error" data-error-for={field.name}>
      {errors.join(' ')}
    </p>
  );

  if (field.type === 'ref') {
    return (
      <div className={className}>
        <EntityPicker
          label={fieldLabel(field.name)}
          labels={[field.refLabel!]}
          value={text ? { id: text, name: text } : null}
          onChange={(hit) => onChange(hit?.id ?? '')}
          errors={errors}
        />
      </div>
    );
  }
  if (field.type === 'refList') return <RefListInput field={field} list={list} onChange={onChange} className={className} errors={errors} />;

  if (field.type === 'enumList' || field.type === 'intList') {
    return (
      <fieldset className={className} aria-describedby={describedBy} data-field={field.name}>
        <legend className="field__label">{label}</legend>
        <div className="field__checks">
          {field.options!.map((option) => (
            <label key={option} className="check">
              <input
                type="checkbox"
                disabled={disabled}
                checked={list.includes(option)}
                onChange={(e) => onChange(e.target.checked ? [...list, option] : list.filter((v) => v !== option))}
              />
              <span>{optionLabel(field, option)}</span>
            </label>
          ))}
        </div>
        {errorLine}
      </fieldset>
    );
  }

  let input: ReactElement;
  if (field.type === 'enum' || field.type === 'boolean') {
    const options = field.type === 'boolean' ? ['true', 'false'] : field.options!;
    input = (
      <select {...common} className="field__input" value={text} onChange={(e) => onChange(e.target.value)}>
        <option value="">{te('form.unset')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {field.type === 'boolean' ? (o === 'true' ? te('form.yes') : te('form.no')) : optionLabel(field, o)}
          </option>
        ))}
      </select>
    );
  } else if (field.type === 'textarea' || field.type === 'textList') {
    input = <textarea {...common} className="field__input" rows={field.type === 'textList' ? 3 : 3} value={text} onChange={(e) => onChange(e.target.value)} />;
  } else {
    input = (
      <input
        {...common}
        className="field__input"
        type="text"
        inputMode={field.type === 'int' ? 'numeric' : undefined}
        placeholder={field.type === 'date' ? te('form.dateHint') : undefined}
        value={text}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }
  return (
    <div className={className}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {input}
      {hint && field.type !== 'date' && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {hint && field.type === 'date' && (
        <span id={hintId} hidden>
          {hint}
        </span>
      )}
      {errorLine}
    </div>
  );
}

/** Several node ids (a contact's pathways): the chosen ones as removable chips, a picker to add. */
function RefListInput({
  field,
  list,
  onChange,
  className,
  errors,
}: {
  field: FieldSpec;
  list: string[];
  onChange: (v: FormValue) => void;
  className: string;
  errors: string[];
}) {
  const [names, setNames] = useState<Record<string, string>>({});
  // Stored ids become names where the label is listed whole (a contact's pathways).
  useEffect(() => {
    let live = true;
    listedNames(field.refLabel!).then(
      (found) => live && setNames((n) => ({ ...Object.fromEntries(found), ...n })),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [field.refLabel]);
  return (
    <div className={className} data-field={field.name}>
      <EntityPicker
        label={fieldLabel(field.name)}
        labels={[field.refLabel!]}
        value={null}
        errors={errors}
        onChange={(hit) => {
          if (!hit || list.includes(hit.id)) return;
          setNames((n) => ({ ...n, [hit.id]: hit.name }));
          onChange([...list, hit.id]);
        }}
      />
      {list.length > 0 && (
        <ul className="chips" aria-label={fieldLabel(field.name)}>
          {list.map((id) => (
            <li key={id} className="chip">
              {names[id] ?? id}{' '}
              <button
                type="button"
                className="chip__remove"
                aria-label={`${te('links.remove')} ${names[id] ?? id}`}
                onClick={() => onChange(list.filter((v) => v !== id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
