import { useState } from 'react';
import { Link } from 'wouter';
import type { GapFinding } from '../api/get-gaps';
import { tgap } from '../i18n';
import { mapHref } from '../lib/map-href';
import { EvidenceList } from './evidence-list';
import { SeverityBadge } from './severity-badge';

/** One finding: the sentence to act on, a link to its subject on the map, and its evidence on demand. */
export function FindingCard({ finding }: { finding: GapFinding }) {
  const [open, setOpen] = useState(false);
  return (
    <li className="finding" data-rule={finding.ruleId} data-subject={finding.subject.id}>
      <div className="finding__head">
        <SeverityBadge severity={finding.severity} />
        <p className="finding__sentence" lang="da">{finding.sentence}</p>
      </div>
      <div className="finding__actions">
        <Link
          href={mapHref(finding.subject.id)}
          className="finding__map-link"
          aria-label={tgap('finding.showOnMapLabel', { name: finding.subject.name })}
        >
          {tgap('finding.showOnMap')} <span aria-hidden="true">→</span>
        </Link>
        <details className="finding__evidence" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
          <summary>{tgap('finding.evidence', { count: finding.evidenceIds.length })}</summary>
          {open && <EvidenceList subjectId={finding.subject.id} ids={finding.evidenceIds} />}
        </details>
      </div>
    </li>
  );
}
