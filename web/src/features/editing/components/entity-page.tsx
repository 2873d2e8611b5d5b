import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { tVocab } from '../../../i18n';
import { te } from '../i18n';
import { useEntity } from '../hooks/use-entity';
import { EDIT_HOME, mapHref } from '../lib/paths';
import type { NodeLabel } from '../lib/vocabulary';
import { EntityHistory } from './entity-history';
import { EntityLinks } from './entity-links';
import { NodeEditor } from './node-editor';

interface Props {
  label: NodeLabel;
  id: string;
}

/** One entity: its properties, its relationships and its history, each kept in step after a write. */
export function EntityPage({ label, id }: Props) {
  const [revision, setRevision] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [, navigate] = useLocation();
  const entity = useEntity(id, revision);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const reload = (message: string | null = null) => {
    setNotice(message);
    setRevision((r) => r + 1);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: another entity's page starts without the last one's notice
  useEffect(() => {
    setNotice(null);
  }, [id]);

  if (entity.data === undefined) {
    if (entity.error) {
      return (
        <div className="notice notice--error" role="alert">
          <p>{te('entity.error', { message: entity.error.message })}</p>
          <button type="button" className="text-button" onClick={entity.retry}>
            {te('access.retry')}
          </button>
        </div>
      );
    }
    return (
      <p className="muted" role="status">
        {te('entity.loading')}
      </p>
    );
  }

  const data = entity.data;
  const version = data?.version ?? null;
  return (
    <div className="entity" data-testid="entity-page" data-entity-id={id} data-version={version ?? ''} aria-busy={entity.refreshing || undefined}>
      <p>
        <Link href={EDIT_HOME} className="link-button">
          {te('entity.back')}
        </Link>
      </p>
      <header className="entity__header">
        <p className="entity__eyebrow">{tVocab('label', label)}</p>
        <h2 ref={headingRef} tabIndex={-1} data-testid="entity-name">
          {data ? data.node.name : te('entity.missingHeading', { label: tVocab('label', label).toLowerCase() })}
        </h2>
        <p className="muted">
          <code>{id}</code>
          {version !== null && (
            <>
              {' '}
              · <span data-testid="entity-version">{te('entity.version', { version })}</span>
            </>
          )}
          {data && (
            <>
              {' · '}
              <Link href={mapHref(id)} className="link-button">
                {te('entity.openOnMap')}
              </Link>
            </>
          )}
        </p>
      </header>
      {entity.error && (
        <p className="notice notice--error" role="alert">
          {te('entity.error', { message: entity.error.message })}
        </p>
      )}
      {notice && !entity.refreshing && (
        // Fixed at the bottom: the save button may be far down the page, the top out of sight.
        <div className="toast notice notice--success" role="status">
          <span data-testid="notice">{notice}</span>
          <button type="button" className="toast__close" aria-label={te('form.closeNotice')} onClick={() => setNotice(null)}>
            ×
          </button>
        </div>
      )}
      <div className="entity__columns">
        <div className="entity__main">
          {data ? (
            <>
              <section className="card" aria-labelledby="properties-heading">
                <h2 id="properties-heading">{te('entity.properties')}</h2>
                <NodeEditor
                  key={`${id}@${data.version}`}
                  label={label}
                  entity={data}
                  onReload={() => reload()}
                  onSaved={(edit) => reload(te('form.saved', { version: edit.version }))}
                  onDeleted={(name) => {
                    reload(te('form.deleted', { name }));
                    headingRef.current?.focus();
                  }}
                />
              </section>
              <section className="card">
                <EntityLinks entity={data} onChanged={(message) => reload(message || null)} />
              </section>
            </>
          ) : (
            <p className="notice notice--warning" data-testid="not-found">
              {te('entity.notFound', { label: tVocab('label', label).toLowerCase(), id })}
            </p>
          )}
        </div>
        <aside className="entity__side card">
          <EntityHistory
            entityId={id}
            currentVersion={version}
            revision={revision}
            onStale={() => reload()}
            onRestored={(edit, restored) => {
              if (!data) navigate(window.location.pathname, { replace: true });
              reload(te('history.restored', { version: restored, newVersion: edit.version }));
            }}
          />
        </aside>
      </div>
    </div>
  );
}
