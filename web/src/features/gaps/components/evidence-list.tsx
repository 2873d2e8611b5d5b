import { tOptional, tVocab } from '../../../i18n';
import { Link } from 'wouter';
import { useEvidence } from '../api/get-evidence';
import { tgap } from '../i18n';
import { nodeHref } from '../lib/map-href';

interface EvidenceListProps {
  subjectId: string;
  ids: string[];
}

/** The records a finding rests on, named from the subject's neighbourhood; unknown ids as they are. */
export function EvidenceList({ subjectId, ids }: EvidenceListProps) {
  const state = useEvidence(subjectId);
  if (state.status === 'loading' || state.status === 'idle') {
    return (
      <p className="muted" role="status">
        {tgap('finding.evidenceLoading')}
      </p>
    );
  }
  if (state.status === 'error') {
    return <p className="notice notice--error">{tgap('finding.evidenceError', { message: state.error.message })}</p>;
  }
  const nodes = new Map(state.data.nodes.map((n) => [n.id, n]));
  const edges = new Map(state.data.edges.map((e) => [e.id, e]));
  const name = (id: string) => nodes.get(id)?.name ?? id;
  return (
    <ul className="evidence-list">
      {ids.map((id) => {
        const node = nodes.get(id);
        if (node) {
          return (
            <li key={id}>
              <span className="evidence-list__kind">{tVocab('label', node.label)}:</span> <Link href={nodeHref(id)}>{node.name}</Link>
            </li>
          );
        }
        const edge = edges.get(id);
        if (edge) {
          return (
            <li key={id}>
              <span className="evidence-list__kind">{tOptional(`relation.${edge.type}`) ?? edge.type}:</span> {name(edge.source)} → {name(edge.target)}
            </li>
          );
        }
        return (
          <li key={id}>
            <code>{id}</code>
          </li>
        );
      })}
    </ul>
  );
}
