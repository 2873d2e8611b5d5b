import { tVocab } from '../../../i18n';
import type { ContactChannel } from '../api/types';
import { tc } from '../i18n';
import { addressLabelKey } from '../lib/address-label';
import { addressLink } from '../lib/channel-address';

/**
 * The channels to reach someone: kind, address, times, rules and whether it is in use yet; the
 * provider too, unless the card already says it (`hideProviders`, e.g. the person's workplace).
 */
export function ChannelList({ channels, hideProviders }: { channels: ContactChannel[]; hideProviders?: ReadonlySet<string> }) {
  return (
    <ul className="channel-list">
      {channels.map((c) => {
        const address = c.address ? addressLink(c.address, { locationNumber: tc('address.locationNumber') }) : null;
        return (
          <li key={c.id} className="channel" data-testid="channel" data-kind={c.kind}>
            <p className="channel__head">
              <span className="channel__kind">{tVocab('kind', c.kind)}</span> <span className="channel__name">{c.name}</span>
              {c.status !== 'ESTABLISHED' && <span className={`channel__status channel__status--${c.status.toLowerCase()}`}>{tVocab('value', c.status)}</span>}
            </p>
            <dl className="channel__facts">
              {address && (
                <div>
                  <dt>{tc(addressLabelKey(c.kind, c.address!))}</dt>
                  <dd>{address.href ? <a href={address.href}>{address.text}</a> : address.text}</dd>
                </div>
              )}
              {c.schedule && (
                <div>
                  <dt>{tc('channel.schedule')}</dt>
                  <dd>{c.schedule}</dd>
                </div>
              )}
              {c.rules && (
                <div>
                  <dt>{tc('channel.rules')}</dt>
                  <dd>{c.rules}</dd>
                </div>
              )}
              {hideProviders && !hideProviders.has(c.providedBy.id) && (
                <div>
                  <dt>{tc('channel.providedBy')}</dt>
                  <dd>{c.providedBy.name}</dd>
                </div>
              )}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
