import { useState } from 'react';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { errorInWords } from '../api/error-in-words';
import { te } from '../i18n';
import type { FieldSpec } from '../lib/field-specs';
import { changedProperties, givenProperties, toFormValue, toFormValues, type FormValue, type FormValues } from '../lib/form-values';
import { FORM_LEVEL, issuesByField } from '../lib/issues-by-field';

export interface Conflict {
  /** The version the form read, and what it looked like then. */
  readVersion: number;
  read: Record<string, unknown>;
  /** The version and state stored now. */
  version: number;
  current: Record<string, unknown>;
  /** The user's changes that were not saved. */
  patch: Record<string, unknown>;
}

interface Options<R> {
  fields: FieldSpec[];
  /** The stored properties read (empty for a create) and their version (null for a create). */
  stored: Record<string, unknown>;
  version: number | null;
  save: (properties: Record<string, unknown>, version: number | null) => Promise<R>;
  onSaved: (result: R) => void;
  initial?: FormValues;
}

/** A CONFLICT carries the current node props, or for a relationship its whole state with `props`. */
function currentProps(extensions: Record<string, unknown>): Record<string, unknown> {
  const current = extensions.current as Record<string, unknown> | undefined;
  if (!current) return {};
  return current.props && typeof current.props === 'object' && 'type' in current ? (current.props as Record<string, unknown>) : current;
}

/**
 * The state of one generated form: the values typed, the API's issues per field, and a
 * conflict when the version read is stale. An update sends only the changed fields with the
 * version read; nothing is ever overwritten silently.
 */
export interface VersionedForm {
  values: FormValues;
  issues: Record<string, string[]>;
  busy: boolean;
  note: string | null;
  conflict: Conflict | null;
  /** The stored thing this save would have been the exact twin of (CONFLICT with duplicateOf). */
  duplicateOf: string | null;
  creating: boolean;
  setValue(name: string, value: FormValue): void;
  submit(): void;
  reapply(): void;
  reset(): void;
}

export function useVersionedForm<R>({ fields, stored, version, save, onSaved, initial }: Options<R>): VersionedForm {
  const [base, setBase] = useState({ stored, version });
  const [values, setValues] = useState<FormValues>(() => initial ?? toFormValues(fields, stored));
  const [issues, setIssues] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const creating = version === null;

  async function run(patch: Record<string, unknown>, atVersion: number | null, read: { stored: Record<string, unknown>; version: number | null }) {
    setBusy(true);
    setIssues({});
    setNote(null);
    setDuplicateOf(null);
    try {
      const result = await save(patch, atVersion);
      setConflict(null);
      onSaved(result);
    } catch (err) {
      // The same thing exists already: nothing to merge, so no conflict table; the form says so
      // and offers the way to the one stored.
      if (err instanceof GraphQLRequestError && err.code === 'CONFLICT' && typeof err.extensions.duplicateOf === 'string') {
        setDuplicateOf(err.extensions.duplicateOf);
        setIssues({ [FORM_LEVEL]: [err.message] });
      } else if (err instanceof GraphQLRequestError && err.code === 'CONFLICT' && !creating) {
        setConflict({
          readVersion: read.version ?? 0,
          read: read.stored,
          version: Number(err.extensions.currentVersion),
          current: currentProps(err.extensions),
          patch,
        });
      } else if (err instanceof GraphQLRequestError && err.code === 'BAD_USER_INPUT') {
        const byField = issuesByField(
          err.issues,
          fields.map((f) => f.name),
        );
        // A required field left empty reads better as "skal udfyldes" than as the type the rule expected.
        for (const f of fields) {
          const value = values[f.name] ?? '';
          if (f.required && byField[f.name] && (Array.isArray(value) ? value.length === 0 : value.trim() === ''))
            byField[f.name] = [te('form.requiredMissing')];
        }
        if (!err.issues.length) byField[FORM_LEVEL] = [err.message];
        setIssues(byField);
      } else {
        setIssues({ [FORM_LEVEL]: [errorInWords(err)] });
      }
    } finally {
      setBusy(false);
    }
  }

  return {
    values,
    issues,
    busy,
    note,
    conflict,
    duplicateOf,
    creating,
    setValue(name: string, value: FormValue) {
      setValues((v) => ({ ...v, [name]: value }));
    },
    submit() {
      const patch = creating ? givenProperties(fields, values) : changedProperties(fields, base.stored, values);
      if (!creating && Object.keys(patch).length === 0) {
        setNote(te('form.noChanges'));
        return;
      }
      void run(patch, base.version, base);
    },
    /** Puts the unsaved changes on top of the version stored now, and saves that. */
    reapply() {
      if (!conflict) return;
      const next = { stored: conflict.current, version: conflict.version };
      setBase(next);
      setValues({
        ...toFormValues(fields, conflict.current),
        ...Object.fromEntries(fields.filter((f) => f.name in conflict.patch).map((f) => [f.name, toFormValue(f, conflict.patch[f.name])])),
      });
      void run(conflict.patch, conflict.version, next);
    },
    reset() {
      setValues(toFormValues(fields, base.stored));
      setIssues({});
      setNote(null);
      setDuplicateOf(null);
    },
  };
}
