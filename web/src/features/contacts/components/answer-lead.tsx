import { useState } from 'react';
import type { ContactLead } from '../api/types';
import { tc } from '../i18n';

/**
 * Whom to contact: a person's or an organisation's name is Danish content (lang="da"); a visitor
 * sees "A person (overlæge)" instead of a name (api/src/modules/core/node-ref.ts, asked in the
 * app's language): English words around a Danish title, so only the title is marked.
 */
function Who({ who }: { who: string }) {
  const unnamed = /^(A person \()(.+)(\))$/.exec(who);
  if (who === 'A named person') return <>{who}</>;
  if (unnamed) {
    return (
      <>
        {unnamed[1]}
        <span lang="da">{unnamed[2]}</span>
        {unnamed[3]}
      </>
    );
  }
  return <span lang="da">{who}</span>;
}

/**
 * The answer first: whom to contact (a role for visitors), the contact lines labelled as the API
 * labels them (Telefon, E-mail, Adresse, Web, Tider, Regler), one short reason, and the answer
 * to copy or send by e-mail as plain text.
 */
export function AnswerLead({ lead }: { lead: ContactLead }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(lead.text);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };
  const mailto = `mailto:?subject=${encodeURIComponent(lead.mailSubject)}&body=${encodeURIComponent(lead.text)}`;
  return (
    <section className="answer-lead" aria-labelledby="answer-lead-who" data-testid="answer-lead" data-kind={lead.kind}>
      <p className="answer-lead__eyebrow">{lead.kind === 'PERSON' ? tc('lead.person') : tc('lead.route')}</p>
      <h3 id="answer-lead-who" className="answer-lead__who">
        <Who who={lead.who} />
      </h3>
      {lead.what && (
        <p className="answer-lead__what" lang="da">
          {lead.what}
        </p>
      )}
      {lead.lines.length > 0 && (
        <dl className="answer-lead__lines" data-testid="lead-lines">
          {lead.lines.map((l) => (
            <div key={`${l.kind}-${l.value}`} data-kind={l.kind}>
              <dt>{l.label}</dt>
              <dd lang="da">{l.href ? <a href={l.href}>{l.value}</a> : l.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="answer-lead__why" data-testid="lead-why">
        {lead.why}
      </p>
      <div className="answer-lead__actions">
        <button type="button" className="primary-button" onClick={copy} data-testid="lead-copy">
          {tc('lead.copy')}
        </button>
        <a className="text-button" href={mailto} data-testid="lead-mail">
          {tc('lead.mail')}
        </a>
        <span role="status" className="muted">
          {copied === 'done' ? tc('lead.copied') : copied === 'failed' ? tc('lead.copyFailed') : ''}
        </span>
      </div>
    </section>
  );
}
