import { DanishText } from '../../../i18n/danish-text';
import type { GuideContact, GuideRoute } from '../api/types';
import { tv } from '../i18n';
import { GuideChannel } from './guide-channel';

/** Roles are stored in running text ("fast kontaktperson i BUA"); leading a line they take a capital. */
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Named fixed contacts: the name when signed in, else the role and title; then how to reach them. */
export function GuideContacts({ contacts }: { contacts: GuideContact[] }) {
  return (
    <ul className="guide-list">
      {contacts.map((c) => (
        <li key={`${c.person.id}-${c.rank}`} className="guide-contact" data-testid="guide-contact">
          {/* Roles, titles, workplaces and topics are recorded in Danish. */}
          <DanishText>
            <strong>{capitalise(c.person.name ?? c.role ?? c.person.title ?? '')}</strong>
            {c.person.name && c.role && <>, {c.role}</>}
            {c.person.title && <span className="muted"> ({c.person.title})</span>}
            {c.worksIn.length > 0 && <span className="muted"> – {c.worksIn.map((w) => w.name).join('; ')}</span>}
            {c.topics.length > 0 && <div className="guide-contact__about">{c.topics.join(', ')}</div>}
          </DanishText>
          {(c.person.phone || c.person.email) && (
            <div>
              {c.person.phone && <a href={`tel:${c.person.phone.replace(/\s/g, '')}`}>{c.person.phone}</a>}
              {c.person.phone && c.person.email && ' · '}
              {c.person.email && <a href={`mailto:${c.person.email}`}>{c.person.email}</a>}
            </div>
          )}
          {c.channels.map((ch) => (
            <div key={ch.id} className="guide-contact__channel">
              {tv('contact.via')} <GuideChannel channel={ch} compact />
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}

/**
 * Organisational ways in, one line each: who, through what, at which address. The times and
 * rules are in the channel list at the end, once, rather than under each of the twelve steps.
 */
export function GuideRoutes({ routes, withTimes = false }: { routes: GuideRoute[]; withTimes?: boolean }) {
  return (
    <ul className="guide-list">
      {routes.map((r) => (
        <li key={`${r.organisation.id}-${r.channel.id}`} className="guide-route" data-testid="guide-route" data-channel-kind={r.channel.kind}>
          <strong>
            <DanishText>{r.organisation.name}</DanishText>
          </strong>
          {' – '}
          <GuideChannel channel={r.channel} compact withTimes={withTimes} />
        </li>
      ))}
    </ul>
  );
}
