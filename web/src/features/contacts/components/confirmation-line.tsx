import { useState } from 'react';
import { graphqlRequest } from '../../../lib/graphql-client';
import { getLanguage } from '../../../i18n';
import { useSession } from '../../../lib/session/use-session';
import type { Confirmation } from '../api/types';
import { tc } from '../i18n';

/** "for 3 måneder siden": days under 45 as days, under a year and a half as months, then years. */
export function ageInWords(days: number, language = getLanguage()): string {
  const rtf = new Intl.RelativeTimeFormat(language === 'en' ? 'en' : 'da', { numeric: 'auto' });
  if (days < 45) return rtf.format(-days, 'day');
  if (days < 548) return rtf.format(-Math.round(days / 30.44), 'month');
  return rtf.format(-Math.round(days / 365.25), 'year');
}

const CONFIRM = 'mutation ConfirmEntry($id: ID!) { confirmEntry(id: $id) { confirmedAt ageDays } }';

/**
 * How fresh a fixed contact's entry is ("Bekræftet for 3 måneder siden"), and for an editor
 * one click to confirm it is still right.
 */
export function ConfirmationLine({ entryId, confirmation }: { entryId: string; confirmation: Confirmation }) {
  const session = useSession();
  const [current, setCurrent] = useState(confirmation);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canConfirm = session.status === 'signed-in' && (session.user.role === 'EDITOR' || session.user.role === 'ADMIN');
  const text = current.confirmedAt && current.ageDays !== null ? tc('card.confirmedAgo', { age: ageInWords(current.ageDays) }) : tc('card.neverConfirmed');
  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      const r = await graphqlRequest<{ confirmEntry: Confirmation }>(CONFIRM, { id: entryId });
      setCurrent(r.confirmEntry);
    } catch (err) {
      setError(tc('card.confirmFailed', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  }
  return (
    <p className="answer-card__confirmed muted" data-testid="confirmation" data-confirmed-at={current.confirmedAt ?? ''}>
      <span>{text}</span>
      {canConfirm && (
        <>
          {' '}
          <button type="button" className="link-button" onClick={() => void confirm()} disabled={busy} data-testid="confirm-entry">
            {busy ? tc('card.confirming') : tc('card.confirm')}
          </button>
        </>
      )}
      {error && (
        <span role="alert" className="notice notice--error">
          {error}
        </span>
      )}
    </p>
  );
}
