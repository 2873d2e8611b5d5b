import { Link } from 'wouter';
import type { Workplace } from '../api/get-workplaces';
import type { ContactCard as Card } from '../api/types';
import { tc } from '../i18n';
import { mapHref } from '../lib/map-href';
import { AddressLine } from './address-line';
import { ChannelList } from './channel-list';
import { ConfirmationLine } from './confirmation-line';

/** Roles are stored in running text ("fast kontaktperson i BUA"); as a heading they start with a capital. */
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const date = (iso: string) => new Date(`${iso}T12:00:00`).toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric' });

/**
 * One named fixed contact: who (the name only when the API gives it, i.e. signed in; the role
 * and title otherwise), for whom and about what, how to reach them, and why the card ranks here.
 */
export function ContactCard({ card, places }: { card: Card; places: Map<string, Workplace> }) {
  const { person } = card;
  const heading = capitalise(person.name ?? card.role ?? person.title ?? person.id);
  const addresses = [
    person.phone && <AddressLine key="phone" label={tc('address.phone')} value={person.phone} />,
    person.email && <AddressLine key="email" label={tc('address.email')} value={person.email} />,
    ...card.worksIn.flatMap((w) => {
      const place = places.get(w.id);
      const where = place?.shortName ?? w.name;
      return [
        place?.locationNumber && <AddressLine key={`${w.id}-ln`} label={`${tc('address.locationNumber')} (${where})`} value={place.locationNumber} />,
        place?.phone && <AddressLine key={`${w.id}-ph`} label={`${tc('address.phone')} (${where})`} value={place.phone} />,
        place?.website && <AddressLine key={`${w.id}-web`} label={`${tc('address.website')} (${where})`} value={place.website} />,
      ];
    }),
  ].filter(Boolean);
  const workplaceIds = new Set(card.worksIn.map((w) => w.id));
  const headingId = `contact-${card.rank}-${person.id}`;
  const period = [card.since && tc('card.since', { date: date(card.since) }), card.until && tc('card.until', { date: date(card.until) })]
    .filter(Boolean)
    .join(' ');
  return (
    <article className="answer-card" aria-labelledby={headingId} data-testid="contact-card" data-person={person.id} data-rank={card.rank}>
      <header className="answer-card__head">
        <span className="answer-card__rank">{tc('card.rank', { rank: card.rank })}</span>
        <h4 id={headingId} className="answer-card__title">
          {heading}
        </h4>
        <p className="answer-card__subtitle">{[person.name ? card.role : null, person.title, person.profession].filter(Boolean).join(' · ')}</p>
        {!person.name && <p className="answer-card__note muted">{tc('card.signInForName')}</p>}
        <ConfirmationLine entryId={card.id} confirmation={card.confirmation} />
      </header>

      <p className="answer-card__sentence">{card.sentence}</p>

      <dl className="answer-card__facts">
        <div>
          <dt>{tc('card.worksIn')}</dt>
          <dd>{card.worksIn.map((w) => w.name).join('; ')}</dd>
        </div>
        <div>
          <dt>{tc('card.contactFor')}</dt>
          <dd>{card.contactFor.name}</dd>
        </div>
        {card.topics.length > 0 && (
          <div>
            <dt>{tc('card.topics')}</dt>
            <dd>{card.topics.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{tc('card.pathways')}</dt>
          <dd>
            {card.pathways.length ? card.pathways.map((p) => p.name.replace(/^Forløbsprogram for børn og unge med /, '')).join(', ') : tc('card.allPathways')}
          </dd>
        </div>
        <div>
          <dt>{tc('card.steps')}</dt>
          <dd>{card.steps.length ? card.steps.join(', ') : tc('card.allSteps')}</dd>
        </div>
        {card.audience.length > 0 && (
          <div>
            <dt>{tc('card.audience')}</dt>
            <dd>{card.audience.join(', ')}</dd>
          </div>
        )}
        {period && (
          <div>
            <dt>{tc('card.period')}</dt>
            <dd>{period}</dd>
          </div>
        )}
      </dl>

      <section className="answer-card__reach" aria-label={tc('card.reach')}>
        <h5 className="answer-card__section-title">{tc('card.reach')}</h5>
        {addresses.length > 0 && <dl className="answer-card__addresses">{addresses}</dl>}
        {card.channels.length ? <ChannelList channels={card.channels} hideProviders={workplaceIds} /> : <p className="muted">{tc('card.noChannel')}</p>}
      </section>

      <details className="answer-card__why">
        <summary>{tc('card.why')}</summary>
        <ul>
          {card.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>

      <Link href={mapHref(person.id)} className="answer-card__map" data-testid="show-on-map">
        {tc('card.showOnMap')}
        {/* The name after the visible words, so the link's name starts with what is seen. */}
        <span className="visually-hidden">: {heading}</span>
      </Link>
    </article>
  );
}
