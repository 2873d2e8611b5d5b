import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Link } from 'wouter';
import { te } from '../i18n';
import type { VersionedForm } from '../hooks/use-versioned-form';
import type { FieldSpec } from '../lib/field-specs';
import { FORM_LEVEL } from '../lib/issues-by-field';
import { ConflictView } from './conflict-view';
import { FieldInput } from './field-input';

interface Props {
  form: VersionedForm;
  fields: FieldSpec[];
  submitLabel: string;
  onReload?: () => void;
  /** Inputs before the fields (a link's other end). */
  before?: ReactNode;
  /** Buttons beside save (delete, cancel). */
  extraActions?: ReactNode;
  testId?: string;
  /** Where the stored twin is shown, when a save was refused as the same thing again. */
  duplicateHref?: (id: string) => string;
}

/** A form drawn from field descriptions, with the API's errors at their fields and a conflict view. */
export function PropertyForm({ form, fields, submitLabel, onReload, before, extraActions, testId, duplicateHref }: Props) {
  const formId = useId();
  const main = fields.filter((f) => !f.provenance);
  const provenance = fields.filter((f) => f.provenance);
  const formErrors = form.issues[FORM_LEVEL] ?? [];
  const fieldErrorCount = Object.entries(form.issues).filter(([k]) => k !== FORM_LEVEL).length;
  const provenanceHasErrors = provenance.some((f) => form.issues[f.name]);
  const formRef = useRef<HTMLFormElement>(null);

  // After a refused save, take the reader to what needs their attention: the first field the
  // API named (else the summary), or the conflict table. The page may be scrolled far below it.
  useEffect(() => {
    const root = formRef.current;
    if (!root || Object.keys(form.issues).length === 0) return;
    const target = root.querySelector<HTMLElement>('[aria-invalid="true"]') ?? root.querySelector<HTMLElement>('[data-testid="form-errors"]');
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [form.issues]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new conflict is the moment to bring its heading into view
  useEffect(() => {
    const heading = formRef.current?.querySelector<HTMLElement>('[data-conflict-heading]');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [form.conflict]);
  const input = (f: FieldSpec) => (
    <FieldInput
      key={f.name}
      field={f}
      formId={formId}
      value={form.values[f.name] ?? ''}
      onChange={(v) => form.setValue(f.name, v)}
      errors={form.issues[f.name]}
      disabled={form.busy}
    />
  );
  return (
    <form
      ref={formRef}
      className="property-form"
      noValidate
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        form.submit();
      }}
    >
      {(fieldErrorCount > 0 || formErrors.length > 0) && (
        <div className="notice notice--error" role="alert" data-testid="form-errors" tabIndex={-1}>
          {fieldErrorCount > 0 && <p>{te('form.errorSummary')}</p>}
          {formErrors.map((m) => (
            <p key={m}>{m}</p>
          ))}
          {form.duplicateOf && duplicateHref && (
            <p>
              <Link href={duplicateHref(form.duplicateOf)} data-testid="duplicate-link">
                {te('form.openDuplicate')}
              </Link>
            </p>
          )}
        </div>
      )}
      {form.conflict && onReload && <ConflictView conflict={form.conflict} fields={fields} busy={form.busy} onReload={onReload} onReapply={form.reapply} />}
      {before}
      <div className="property-form__grid">{main.map(input)}</div>
      {provenance.length > 0 && (
        <details className="property-form__provenance" open={provenanceHasErrors || undefined}>
          <summary>{te('form.provenance')}</summary>
          <div className="property-form__grid">{provenance.map(input)}</div>
        </details>
      )}
      {form.note && (
        <p className="notice" role="status">
          {form.note}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary-button" disabled={form.busy}>
          {form.busy ? te('form.saving') : submitLabel}
        </button>
        {!form.creating && (
          <button type="button" className="text-button" onClick={form.reset} disabled={form.busy}>
            {te('form.reset')}
          </button>
        )}
        {extraActions}
      </div>
    </form>
  );
}
