import type { Workplace } from '../api/get-workplaces';
import type { ContactAnswer as Answer } from '../api/types';
import { tc } from '../i18n';
import { AnswerLead } from './answer-lead';
import { ContactCard } from './contact-card';
import { RouteCard } from './route-card';

/**
 * The ranked answer: the answer first (whom, how, one short reason), then the named contacts,
 * then the ways in that fit the question; loosely related ways (VISO, teaching, meetings) wait
 * behind "Flere veje". The API's long explanation is shown only when there is no answer at all,
 * since it would repeat the cards.
 */
export function ContactAnswer({ answer, places }: { answer: Answer; places: Map<string, Workplace> }) {
  const { contacts, routes, fallbackUsed, lead } = answer;
  const primary = routes.filter((r) => r.primary);
  const more = routes.filter((r) => !r.primary);
  return (
    <div className="answer" data-testid="contact-answer" data-fallback={fallbackUsed ? 'true' : 'false'}>
      {lead ? (
        <AnswerLead lead={lead} />
      ) : (
        <p className="answer__explanation notice notice--warning" data-testid="answer-explanation">
          {answer.explanation}
        </p>
      )}

      {contacts.length === 0 && routes.length === 0 && (
        <p className="notice" data-testid="answer-empty">
          {tc('answer.empty')}
        </p>
      )}

      {contacts.length > 0 && (
        <section aria-labelledby="answer-people">
          <h3 id="answer-people" className="answer__heading">
            {tc('answer.people', { count: contacts.length })}
          </h3>
          <ol className="answer__cards">
            {contacts.map((c) => (
              <li key={`${c.person.id}-${c.contactFor.id}-${c.rank}`}>
                <ContactCard card={c} places={places} />
              </li>
            ))}
          </ol>
        </section>
      )}

      {primary.length > 0 && (
        <section aria-labelledby="answer-routes" data-testid={fallbackUsed ? 'fallback-routes' : 'other-routes'}>
          <h3 id="answer-routes" className="answer__heading">
            {fallbackUsed ? tc('answer.fallback') : tc('answer.otherRoutes', { count: primary.length })}
          </h3>
          <ol className="answer__cards">
            {primary.map((r) => (
              <li key={`${r.organisation.id}-${r.channel.id}`}>
                <RouteCard route={r} places={places} fallback={fallbackUsed} />
              </li>
            ))}
          </ol>
        </section>
      )}

      {more.length > 0 && (
        <details className="answer__more" data-testid="more-routes">
          <summary>{tc('answer.moreRoutes', { count: more.length })}</summary>
          <ol className="answer__cards">
            {more.map((r) => (
              <li key={`${r.organisation.id}-${r.channel.id}`}>
                <RouteCard route={r} places={places} fallback={false} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
