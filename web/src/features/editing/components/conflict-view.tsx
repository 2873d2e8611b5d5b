import { useId } from 'react';
import { te } from '../i18n';
import type { Conflict } from '../hooks/use-versioned-form';
import { fieldChanges } from '../lib/describe-change';
import type { FieldSpec } from '../lib/field-specs';
import { fieldLabel, valueInWords } from '../lib/field-text';

interface Props {
  conflict: Conflict;
  fields: FieldSpec[];
  busy: boolean;
  onReload: () => void;
  onReapply: () => void;
}

/** What changed since the form was read: each field the user or someone else touched. */
export function ConflictView({ conflict, fields, busy, onReload, onReapply }: Props) {
  const headingId = useId();
  const theirs = new Set(fieldChanges(conflict.read, conflict.current).map((c) => c.field));
  const mine = new Set(Object.keys(conflict.patch));
  const order = fields.map((f) => f.name);
  const rows = [...new Set([...order, ...mine, ...theirs])].filter((f) => mine.has(f) || theirs.has(f));
  const spec = (name: string) => fields.find((f) => f.name === name);
  return (
    <section className="conflict" role="alert" aria-labelledby={headingId} data-testid="conflict">
      <h3 id={headingId} tabIndex={-1} data-conflict-heading>
        {te('conflict.heading')}
      </h3>
      <p>{te('conflict.text', { read: conflict.readVersion, current: conflict.version })}</p>
      <table className="conflict__table">
        <thead>
          <tr>
            <th scope="col">{te('conflict.field')}</th>
            <th scope="col">{te('conflict.read')}</th>
            <th scope="col">{te('conflict.yours')}</th>
            <th scope="col">{te('conflict.stored')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((name) => {
            const who = mine.has(name) && theirs.has(name) ? 'both' : mine.has(name) ? 'mine' : 'theirs';
            const yours = mine.has(name) ? conflict.patch[name] : conflict.read[name];
            return (
              <tr key={name} data-field={name} data-who={who}>
                <th scope="row">
                  {fieldLabel(name)}
                  <span className={`conflict__who conflict__who--${who}`}>{te(`conflict.${who}`)}</span>
                </th>
                <td>{valueInWords(conflict.read[name], spec(name))}</td>
                <td className={mine.has(name) ? 'conflict__changed' : undefined} data-cell="yours">
                  {valueInWords(yours, spec(name))}
                </td>
                <td className={theirs.has(name) ? 'conflict__changed' : undefined} data-cell="stored">
                  {valueInWords(conflict.current[name], spec(name))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="actions">
        <button type="button" className="text-button" onClick={onReload} disabled={busy}>
          {te('conflict.reload')}
        </button>
        <button type="button" className="primary-button" onClick={onReapply} disabled={busy || mine.size === 0}>
          {te('conflict.reapply', { current: conflict.version })}
        </button>
      </div>
    </section>
  );
}
