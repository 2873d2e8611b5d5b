import { tVocab } from '../../../i18n';
import { DanishText } from '../../../i18n/danish-text';
import type { GuideChannel as Channel } from '../api/types';
import { tv } from '../i18n';
import { addressHref, isLocationNumber } from '../lib/guide-text';

/**
 * A channel on one or two lines: kind and address first (what a reader dials or writes to),
 * then times and rules. Links print as their text, which is the address itself.
 */
export function GuideChannel({ channel, compact = false, withTimes = true }: { channel: Channel; compact?: boolean; withTimes?: boolean }) {
  const href = channel.address ? addressHref(channel.address) : undefined;
  const address = channel.address && (isLocationNumber(channel.address) ? `${tv('address.locationNumber')} ${channel.address}` : channel.address);
  return (
    <span className="guide-channel" data-kind={channel.kind}>
      <span className="guide-channel__kind">{tVocab('kind', channel.kind)}</span>
      {address && (
        <>
          {': '}
          {href ? (
            <a href={href} className={href === address ? 'guide-url' : undefined}>
              {address}
            </a>
          ) : (
            <span className="guide-channel__address">{address}</span>
          )}
        </>
      )}
      {channel.status !== 'ESTABLISHED' && <span className="guide-channel__status"> ({tVocab('value', channel.status).toLowerCase()})</span>}
      {withTimes && channel.schedule && (
        <span className="guide-channel__times">
          {compact ? (
            ' · '
          ) : (
            <>
              <br />
              {tv('channel.times')}:{' '}
            </>
          )}
          <DanishText>{channel.schedule}</DanishText>
        </span>
      )}
      {!compact && channel.rules && (
        <span className="guide-channel__rules">
          <br />
          {tv('channel.rules')}: <DanishText>{channel.rules}</DanishText>
        </span>
      )}
    </span>
  );
}
