import { Link } from 'wouter';
import type { Workplace } from '../api/get-workplaces';
import type { ContactRoute } from '../api/types';
import { tc } from '../i18n';
import { mapHref } from '../lib/map-href';
import { AddressLine } from './address-line';
import { ChannelList } from './channel-list';

/** An organisational way in: a unit and its channel, the answer when nobody is named. */
export function RouteCard({ route, places, fallback }: { route: ContactRoute; places: Map<string, Workplace>; fallback: boolean }) {
  const org = route.organisation;
  const place = places.get(org.id);
  const headingId = `route-${route.rank}-${route.channel.id}`;
  return (
    <article
      className={`answer-card answer-card--route${fallback ? ' answer-card--fallback' : ''}`}
      aria-labelledby={headingId}
      data-testid="route-card"
      data-organisation={org.id}
      data-side={route.side}
      data-primary={route.primary ? 'true' : 'false'}
      data-rank={route.rank}
    >
      <header className="answer-card__head">
        <span className="answer-card__rank">{tc('card.rank', { rank: route.rank })}</span>
        <h4 id={headingId} className="answer-card__title">
          {org.name}
        </h4>
        <p className="answer-card__subtitle">{tc('card.fallbackTag')}</p>
      </header>
      <ChannelList channels={[route.channel]} />
      {place && (place.locationNumber || place.phone || place.website) && (
        <dl className="answer-card__addresses">
          {place.locationNumber && <AddressLine label={tc('address.locationNumber')} value={place.locationNumber} />}
          {place.phone && <AddressLine label={tc('address.phone')} value={place.phone} />}
          {place.website && <AddressLine label={tc('address.website')} value={place.website} />}
        </dl>
      )}
      <details className="answer-card__why">
        <summary>{tc('card.why')}</summary>
        <ul>
          {route.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
      <Link href={mapHref(org.id)} className="answer-card__map" data-testid="show-on-map">
        {tc('card.showOnMap')}
        {/* The name after the visible words, so the link's name starts with what is seen. */}
        <span className="visually-hidden">: {org.name}</span>
      </Link>
    </article>
  );
}
