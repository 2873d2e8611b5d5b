import { Link, useLocation } from 'wouter';
import { tVocab } from '../../../i18n';
import { te } from '../i18n';
import { EDIT_HOME, entityHref } from '../lib/paths';
import type { NodeLabel } from '../lib/vocabulary';
import { NodeEditor } from './node-editor';

/** A new entity of a label; once created, its own page (with links and history) takes over. */
export function NewEntityPage({ label }: { label: NodeLabel }) {
  const [, navigate] = useLocation();
  return (
    <div className="entity">
      <p>
        <Link href={EDIT_HOME} className="link-button">
          {te('entity.back')}
        </Link>
      </p>
      <section className="card entity__new" aria-labelledby="new-heading">
        <h2 id="new-heading">{te('entity.newHeading', { label: tVocab('label', label).toLowerCase() })}</h2>
        <NodeEditor key={label} label={label} entity={null} onReload={() => undefined} onSaved={(edit) => navigate(entityHref(edit.label, edit.id))} />
      </section>
    </div>
  );
}
