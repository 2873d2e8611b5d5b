import type { Severity } from '../api/types';
import { tgap } from '../i18n';

const MARK: Record<Severity, string> = { HIGH: '▲', MEDIUM: '■', LOW: '●' };

interface SeverityBadgeProps {
  severity: Severity;
  count?: number;
  /** Instead of the bare word, e.g. "Høj alvor" in a heading (then no hidden prefix is needed). */
  text?: string;
}

/** The severity as a word with a shape, so it reads without the colour. */
export function SeverityBadge({ severity, count, text }: SeverityBadgeProps) {
  return (
    <span className={`severity-badge severity-badge--${severity.toLowerCase()}`} data-severity={severity}>
      <span aria-hidden="true">{MARK[severity]} </span>
      {text === undefined && <span className="visually-hidden">{tgap('severity.prefix')} </span>}
      {text ?? tgap(`severity.${severity}`)}
      {count !== undefined && <span className="severity-badge__count"> ({count})</span>}
    </span>
  );
}
