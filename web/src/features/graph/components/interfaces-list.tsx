import { type ReactElement, useState } from 'react';
import { useInterfaces } from '../api/get-interfaces';
import { tg, type GraphMessageKey } from '../i18n';
import { da } from '../i18n/da';
import { sectorColour } from '../lib/visual-encoding';
import { NO_SECTOR } from '../types';
import { Swatch } from './shape-icon';

/** This many counterparts are listed before "Vis alle". */
const SHORT_LIST = 6;

/** An organisation's cross-sector interfaces (interfaces API), one compact line per counterpart. */
export function InterfacesList({ organisationId, onSelect }: { organisationId: string; onSelect: (id: string) => void }) {
  const interfaces = useInterfaces(organisationId);
  const [all, setAll] = useState(false);
  let body: ReactElement;
  if (interfaces.status === 'loading' || interfaces.status === 'idle') {
    body = (
      <p className="details__loading" role="status">
        {tg('details.interfacesLoading')}
      </p>
    );
  } else if (interfaces.status === 'error') {
    body = (
      <p className="notice notice--error" role="alert">
        {tg('details.interfacesError', { message: interfaces.error.message })}
      </p>
    );
  } else if (interfaces.data.counterparts.length === 0) {
    body = <p className="muted">{tg('details.interfacesNone')}</p>;
  } else {
    const counterparts = interfaces.data.counterparts;
    const shown = all ? counterparts : counterparts.slice(0, SHORT_LIST);
    body = (
      <>
        <p className="interfaces__summary">{interfaces.data.explanation}</p>
        <ul className="interfaces" data-testid="interfaces">
          {shown.map((c) => (
            <li key={c.organisation.id} className="interface" data-kind={c.kind}>
              <button type="button" className="link-button with-swatch" onClick={() => onSelect(c.organisation.id)}>
                <Swatch colour={sectorColour(c.organisation.sector ?? NO_SECTOR)} />
                <span>{c.organisation.name}</span>
              </button>
              <span className="interface__meta">
                {[
                  interfaceKind(c.kind),
                  counted(c.channels.length, 'details.channelsOne', 'details.channelsMany'),
                  counted(c.contacts.length, 'details.contactsOne', 'details.contactsMany'),
                  counted(c.sharedGroups.length, 'details.groupsOne', 'details.groupsMany'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
        {counterparts.length > SHORT_LIST && (
          <button type="button" className="link-button interfaces__more" aria-expanded={all} onClick={() => setAll((a) => !a)}>
            {all ? tg('details.showFewer') : tg('details.showMore', { count: counterparts.length })}
          </button>
        )}
      </>
    );
  }
  return (
    <section className="details__section" aria-labelledby="interfaces-heading">
      <h3 id="interfaces-heading">{tg('details.interfaces')}</h3>
      {body}
    </section>
  );
}

function interfaceKind(kind: string): string {
  const key = `interface.${kind}`;
  return key in da ? tg(key as GraphMessageKey) : kind;
}

/** "1 kanal", "3 kanaler"; nothing for none, so the line names only what there is. */
function counted(count: number, one: GraphMessageKey, many: GraphMessageKey): string {
  if (count === 0) return '';
  return count === 1 ? tg(one) : tg(many, { count });
}
