import { addressLink } from '../lib/channel-address';
import { tc } from '../i18n';

/** One address, followable where it can be (tel:, mailto:, https:); a location number is printed. */
export function AddressLine({ label, value }: { label: string; value: string }) {
  const link = addressLink(value, { locationNumber: tc('address.locationNumber') });
  const text = link.text.startsWith(tc('address.locationNumber')) ? value : link.text;
  return (
    <div className="address-line">
      <dt>{label}</dt>
      <dd>{link.href ? <a href={link.href}>{text}</a> : text}</dd>
    </div>
  );
}
