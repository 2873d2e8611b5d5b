import { useState } from 'react';
import { Link } from 'wouter';
import type { GapFinding } from '../api/get-gaps';
import type { GapScope } from '../api/types';
import { tgap } from '../i18n';
import { mapHref } from '../lib/map-href';
import { EvidenceList } from './evidence-list';
import { FollowUpForm, FollowUpStatus } from './follow-up';
import { SeverityBadge } from './severity-badge';

/** What a finding card needs to know of the report around it. */
export interface FindingContext {
  scope: GapScope;
  /** A signed-in editor may acknowledge and assign. */
  followUpAllowed: boolean;
  /** After a follow-up is saved: read the report again. */
  onChanged: () => void;
}

/**
 * One finding: the sentence to act on, where it stands (acknowledged, assigned, changed since),
 * a link to the map in the report's scope with its evidence marked, its evidence on demand, and
 * for an editor the follow-up form.
 */
export function FindingCard({ finding, context }: { finding: GapFinding; context: FindingContext }) {
  const [open, setOpen] = useState(false);
  return (
    <li className="finding" data-rule={finding.ruleId} data-subject={finding.subject.id} data-status={finding.status} data-key={finding.key}>
      <div className="finding__head">
        <SeverityBadge severity={finding.severity} />
        {/* In the app's language (the API words it so); the names in it are Danish content. */}
        <p className="finding__sentence">{finding.sentence}</p>
      </div>
      <FollowUpStatus finding={finding} />
      <div className="finding__actions">
        <Link href={mapHref(finding, context.scope)} className="finding__map-link" aria-label={tgap('finding.showOnMapLabel', { name: finding.subject.name })}>
          {tgap('finding.showOnMap')} <span aria-hidden="true">→</span>
        </Link>
        <details className="finding__evidence" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
          <summary>{tgap('finding.evidence', { count: finding.evidenceIds.length })}</summary>
          {open && <EvidenceList subjectId={finding.subject.id} ids={finding.evidenceIds} />}
        </details>
        {context.followUpAllowed && <FollowUpForm finding={finding} onSaved={context.onChanged} />}
      </div>
    </li>
  );
}
