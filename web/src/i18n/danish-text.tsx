import type { ReactNode } from 'react';
import { getLanguage, t } from './index';

/**
 * Content recorded only in Danish (names, notes, times, rules from the data), inside a page in
 * another language: `lang="da"` so a screen reader reads it with Danish pronunciation, and, with
 * `mark`, a discreet "da" a sighted reader can hover for "Kun på dansk". In Danish it is plain text.
 */
export function DanishText({ children, mark = false }: { children: ReactNode; mark?: boolean }) {
  if (getLanguage() === 'da') return <>{children}</>;
  return (
    <span lang="da" className="danish-text">
      {children}
      {mark && (
        <abbr className="danish-text__mark" title={t('lang.danishOnly')} lang="en">
          {' '}
          {t('lang.danishMark')}
        </abbr>
      )}
    </span>
  );
}
