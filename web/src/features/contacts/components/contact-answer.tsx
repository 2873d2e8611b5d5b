import type { Workplace } from '../api/get-workplaces';
import type { ContactAnswer as Answer } from '../api/types';
import { tc } from '../i18n';
import { ContactCard } from './contact-card';
import { RouteCard } from './route-card';

/**
 * The ranked answer: the API's own sentence first (it says why nobody is named when nobody
 * is), then the named contacts, then the organisational ways in, which are the answer when
 * nobody is named and the alternatives when someone is.
 */
export function ContactAnswer({ answer, places }: { answer: Answer; places: Map<string, Workplace> }) {
  const { contacts, routes, fallbackUsed } = answer;
  return (
    <div className="answer" data-testid="contact-answer" data-fallback={fallbackUsed ? 'true' : 'false'}>
      <p className={`answer__explanation notice${fallbackUsed ? ' notice--warning' : ''}`} data-testid="answer-explanation">
        {answer.explanation}
      </p>

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

      {routes.length > 0 && (
        <section aria-labelledby="answer-routes" data-testid={fallbackUsed ? 'fallback-routes' : 'other-routes'}>
          <h3 id="answer-routes" className="answer__heading">
            {fallbackUsed ? tc('answer.fallback') : tc('answer.otherRoutes', { count: routes.length })}
          </h3>
          <ol className="answer__cards">
            {routes.map((r) => (
              <li key={`${r.organisation.id}-${r.channel.id}`}>
                <RouteCard route={r} places={places} fallback={fallbackUsed} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
