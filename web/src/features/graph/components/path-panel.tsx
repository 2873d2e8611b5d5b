import { useId } from 'react';
import { tVocab } from '../../../i18n';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import type { AsyncState } from '../../../lib/use-async';
import type { Connection } from '../api/get-connection';
import { tg } from '../i18n';

interface PathPanelProps {
  connection: AsyncState<Connection> & { reload: () => void };
  alternative: number;
  /** Nodes of the path drawn although the view leaves them out. */
  addedCount: number;
  onAlternative: (index: number) => void;
  onSelect: (id: string) => void;
  onClear: () => void;
}

/** The path told hop by hop, with the alternatives to choose between. */
export function PathPanel({ connection, alternative, addedCount, onAlternative, onSelect, onClear }: PathPanelProps) {
  const groupName = useId();
  const state = connection.status === 'success' ? (connection.data.found ? 'ready' : 'not-found') : connection.status;
  return (
    <section className="path-panel" aria-labelledby="path-panel-heading" aria-busy={state === 'loading'} data-testid="path-panel" data-state={state}>
      <header className="path-panel__header">
        <h2 id="path-panel-heading">{tg('path.heading')}</h2>
        <button type="button" className="icon-button details__close" onClick={onClear} aria-label={tg('path.clear')} title={tg('path.clear')}>
          ×
        </button>
      </header>
      {(connection.status === 'loading' || connection.status === 'idle') && (
        <p className="details__loading" role="status">
          <span className="spinner" aria-hidden="true" /> {tg('path.loading')}
        </p>
      )}
      {connection.status === 'error' && (
        <div className="notice notice--error" role="alert">
          {connection.error instanceof GraphQLRequestError && connection.error.code === 'NOT_FOUND' ? (
            <p>{tg('path.unknownEnd')}</p>
          ) : (
            <>
              <p>{tg('path.error', { message: connection.error.message })}</p>
              <button type="button" className="text-button" onClick={connection.reload}>
                {tg('path.retry')}
              </button>
            </>
          )}
        </div>
      )}
      {connection.status === 'success' && (
        <>
          <p className="path-panel__explanation" role="status">
            {!connection.data.found && <strong>{tg('path.notFound')}. </strong>}
            {withoutPath(connection.data.explanation, connection.data.paths[0]?.sentence)}
          </p>
          {connection.data.paths.length > 1 && (
            <fieldset className="path-panel__alternatives">
              <legend>{tg('path.alternatives')}</legend>
              {connection.data.paths.map((p, i) => (
                <label key={p.hops.map((h) => h.relationshipId).join(' ')} className="check">
                  <input type="radio" name={groupName} value={i} checked={i === alternative} onChange={() => onAlternative(i)} />
                  <span className="check__text">{tg('path.option', { number: i + 1, hops: p.length })}</span>
                </label>
              ))}
            </fieldset>
          )}
          {connection.data.paths[alternative] && (
            <section aria-labelledby="path-hops-heading">
              <h3 id="path-hops-heading" className="path-panel__subheading">
                {tg('path.hops')}
              </h3>
              <ol className="hops" data-testid="path-hops">
                {connection.data.paths[alternative].hops.map((hop, i) => (
                  <li key={hop.relationshipId} className="hop" data-relation={hop.relation}>
                    <span className="hop__relation">
                      {tg('path.hopLabel', { number: i + 1 })} · {tVocab('relation', hop.relation)}
                    </span>
                    <p className="hop__sentence">{hop.sentence}</p>
                    <span className="hop__nodes">
                      <button type="button" className="link-button" onClick={() => onSelect(hop.from.id)}>
                        {hop.from.name}
                      </button>
                      <span aria-hidden="true"> → </span>
                      <button type="button" className="link-button" onClick={() => onSelect(hop.to.id)}>
                        {hop.to.name}
                      </button>
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          )}
          {addedCount > 0 && <p className="notice">{addedCount === 1 ? tg('path.addedNoteOne') : tg('path.addedNote', { count: addedCount })}</p>}
        </>
      )}
    </section>
  );
}

/**
 * The explanation repeats the first path's sentences, which the hop list below tells anyway:
 * leave them out, so the panel starts with how many hops and how many other ways there are.
 */
function withoutPath(explanation: string, pathSentence: string | undefined): string {
  const at = pathSentence ? explanation.indexOf(pathSentence) : -1;
  if (at < 0) return explanation;
  const before = explanation.slice(0, at).trimEnd().replace(/:$/, '.');
  const after = explanation.slice(at + pathSentence!.length).trim();
  return [before, after].filter(Boolean).join(' ');
}
