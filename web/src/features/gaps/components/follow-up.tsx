import { useId, useState, type FormEvent } from 'react';
import { followUpGap, reopenGap } from '../api/follow-up-gap';
import type { GapFinding } from '../api/get-gaps';
import { tgap } from '../i18n';
import { formatDate } from '../lib/dates';

/**
 * Where a finding stands: acknowledged, assigned (to whom and by when, for signed-in users), or
 * changed since. What changed comes from the API in the app's language; the note is what an
 * editor wrote (Danish content), so it keeps lang="da".
 */
export function FollowUpStatus({ finding }: { finding: GapFinding }) {
  const f = finding.followUp;
  if (!f || finding.status === 'OPEN') return null;
  if (finding.status === 'CHANGED') {
    return (
      <p className="follow-up-status follow-up-status--changed" data-testid="follow-up-status" data-status="CHANGED">
        <strong>{tgap('followUp.changed')}</strong> {f.change}
      </p>
    );
  }
  const who = f.assignee ? tgap('followUp.assignedTo', { who: f.assignee }) : tgap('followUp.assigned');
  return (
    <p className="follow-up-status" data-testid="follow-up-status" data-status={finding.status}>
      <strong>{finding.status === 'ASSIGNED' ? who : tgap('followUp.acknowledged')}</strong>
      {f.dueDate && <> · {tgap('followUp.due', { date: formatDate(f.dueDate) })}</>}
      {' · '}
      <span className="muted">{tgap('followUp.at', { date: formatDate(f.at.slice(0, 10)) })}</span>
      {f.note && (
        <>
          <br />
          <span className="follow-up-status__note" lang="da">
            {f.note}
          </span>
        </>
      )}
    </p>
  );
}

/** For a signed-in editor: acknowledge or assign the finding, or take the follow-up back. */
export function FollowUpForm({ finding, onSaved }: { finding: GapFinding; onSaved: () => void }) {
  const id = useId();
  const f = finding.followUp;
  const [state, setState] = useState<'ACKNOWLEDGED' | 'ASSIGNED'>(f?.state ?? 'ACKNOWLEDGED');
  const [assignee, setAssignee] = useState(f?.assignee ?? '');
  const [dueDate, setDueDate] = useState(f?.dueDate ?? '');
  const [note, setNote] = useState(f?.note ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onSaved();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const assigned = state === 'ASSIGNED';
    void run(() =>
      followUpGap({
        key: finding.key,
        state,
        assignee: assigned ? assignee : null,
        dueDate: assigned && dueDate ? dueDate : null,
        note: note || null,
        version: f?.version ?? null,
      }),
    );
  };
  return (
    <details className="follow-up" data-testid="follow-up">
      <summary>{f ? tgap('followUp.change') : tgap('followUp.open')}</summary>
      <form className="follow-up__form" onSubmit={submit} aria-busy={busy}>
        <fieldset>
          <legend>{tgap('followUp.how')}</legend>
          <label>
            <input type="radio" name={`${id}-state`} checked={state === 'ACKNOWLEDGED'} onChange={() => setState('ACKNOWLEDGED')} />{' '}
            {tgap('followUp.acknowledge')}
          </label>
          <label>
            <input type="radio" name={`${id}-state`} checked={state === 'ASSIGNED'} onChange={() => setState('ASSIGNED')} /> {tgap('followUp.assign')}
          </label>
        </fieldset>
        {state === 'ASSIGNED' && (
          <>
            <label className="follow-up__field">
              {tgap('followUp.assignee')}
              <input type="text" required maxLength={120} value={assignee} onChange={(e) => setAssignee(e.target.value)} autoComplete="off" />
            </label>
            <label className="follow-up__field">
              {tgap('followUp.dueDate')}
              <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
            </label>
          </>
        )}
        <label className="follow-up__field">
          {tgap('followUp.note')}
          <textarea maxLength={2000} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {error && (
          <p className="notice notice--error" role="alert">
            {tgap('followUp.error', { message: error })}
          </p>
        )}
        <div className="follow-up__buttons">
          <button type="submit" className="button" disabled={busy}>
            {tgap('followUp.save')}
          </button>
          {f && (
            <button type="button" className="text-button" disabled={busy} onClick={() => void run(() => reopenGap(finding.key, f.version))}>
              {tgap('followUp.reopen')}
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
