import { getLanguage, tVocab, withLanguage } from '../../../i18n';
import { DanishText } from '../../../i18n/danish-text';
import type { Guide } from '../api/types';
import { tv } from '../i18n';
import { familyGuide, pathwayTopic, type FamilyWay } from '../lib/family-guide';
import { guideDate, listText } from '../lib/list-text';
import { addressHref } from '../lib/guide-text';
import { guideHref } from '../lib/guide-href';

/** A way in as a card: who, what kind, the number or address as a link, times and rules. Once per channel. */
function WayCard({ way, index }: { way: FamilyWay; index: number }) {
  const { channel } = way;
  const href = channel.address ? addressHref(channel.address) : undefined;
  return (
    <li className="family-way" data-testid="family-way" data-id={channel.id} id={`way-${index + 1}`}>
      <span className="family-way__number" aria-hidden="true">
        {index + 1}
      </span>
      <div>
        <strong>
          <DanishText>{way.organisation.name}</DanishText>
        </strong>
        <div>
          {tVocab('kind', channel.kind)}
          {channel.address && (
            <>
              {': '}
              {href ? <a href={href}>{channel.address}</a> : <DanishText>{channel.address}</DanishText>}
            </>
          )}
        </div>
        {channel.schedule && (
          <div className="muted">
            <DanishText>{channel.schedule}</DanishText>
          </div>
        )}
        {channel.rules && (
          <div className="muted">
            <DanishText>{channel.rules}</DanishText>
          </div>
        )}
      </div>
    </li>
  );
}

/** A website as a link whose text is its address, so the printed page shows the address once. */
function WebLink({ address }: { address: string }) {
  const href = addressHref(address);
  return href ? (
    <a className="guide-url" href={href}>
      {address}
    </a>
  ) : (
    <DanishText>{address}</DanishText>
  );
}

/** The families' guide: the ways in once, then per step whom to contact first. Fits 1–2 A4 pages. */
export function FamilyGuide({ guide }: { guide: Guide }) {
  const { ways, websites, rows, samePathways } = familyGuide(guide);
  const number = new Map(ways.map((w, i) => [w.key, i + 1]));
  const topics = (ps: Guide['pathways']) => listText(ps.map((p) => pathwayTopic(p.name)));
  const proHref = withLanguage(guideHref(guide.municipality.id, 'professionals'), getLanguage());
  return (
    <article
      className="guide guide--family"
      data-testid="guide"
      data-audience="families"
      data-municipality={guide.municipality.id}
      aria-labelledby="guide-title"
    >
      <header className="guide__header">
        <h2 id="guide-title" className="vejviser__title">
          {tv('family.heading', { name: guide.municipality.name })}
        </h2>
        <p className="vejviser__lead">
          {tv('family.lead')} {tv('family.asOf', { date: guideDate(guide.asOf) })}
        </p>
        {tv('family.danishNote') && <p className="muted guide__language-note">{tv('family.danishNote')}</p>}
      </header>

      <section className="guide-box" aria-labelledby="family-ways-title" data-testid="family-ways">
        <h3 id="family-ways-title">{tv('family.ways')}</h3>
        {ways.length === 0 && websites.length === 0 && <p>{tv('family.noWays')}</p>}
        <ol className="family-ways">
          {ways.map((w, i) => (
            <WayCard key={w.key} way={w} index={i} />
          ))}
          <li className="family-way" data-testid="family-gp">
            <span className="family-way__number" aria-hidden="true">
              {ways.length + 1}
            </span>
            <div>
              <strong>{tv('family.gp')}</strong> {tv('family.gpText')}
            </div>
          </li>
        </ol>
        {websites.length > 0 && (
          <>
            <h4 className="guide-box__subtitle" id="family-websites-title">
              {tv('family.websites')}
            </h4>
            <ul className="family-websites" aria-labelledby="family-websites-title" data-testid="family-websites">
              {websites.map((w) => (
                <li key={w.id} data-testid="family-website" data-id={w.id}>
                  <DanishText>{w.name}</DanishText>: <WebLink address={w.address!} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section className="guide-box" aria-labelledby="family-steps-title" data-testid="family-steps">
        <h3 id="family-steps-title">{tv('family.steps')}</h3>
        <p className="muted">
          {tv('family.stepsIntro')} {samePathways && guide.pathways.length > 0 && tv('family.appliesAll', { list: topics(guide.pathways) })}
        </p>
        <table className="family-steps">
          <thead>
            <tr>
              <th scope="col">{tv('family.stepHeader')}</th>
              <th scope="col">{tv('family.first')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const firstWays = r.first.map((k) => ways[number.get(k)! - 1]!);
              const gp = (
                <span key="gp">
                  {tv('family.gp')} ({ways.length + 1})
                </span>
              );
              const named = firstWays.map((w) => (
                <span key={w.key}>
                  <DanishText>{w.organisation.name}</DanishText> ({number.get(w.key)})
                </span>
              ));
              const order = r.gpFirst ? [gp, ...named] : [...named, gp];
              return (
                <tr key={`${r.number}-${r.pathways.map((p) => p.pathway.id).join()}`} data-testid="family-step" data-step={r.number}>
                  <th scope="row">
                    <DanishText mark={r.nameLanguage === 'DA'}>{r.name}</DanishText>
                    {!samePathways && <div className="muted">{tv('family.appliesSome', { list: topics(r.pathways) })}</div>}
                    {r.description && (
                      <div className="family-steps__description">{r.nameLanguage === 'DA' ? <DanishText>{r.description}</DanishText> : r.description}</div>
                    )}
                  </th>
                  <td>
                    <ol className="family-steps__first">
                      {order.map((o) => (
                        <li key={o.key}>{o}</li>
                      ))}
                    </ol>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <footer className="guide__footer">
        <p>
          {tv('family.professionals')} <a href={proHref}>{new URL(proHref, window.location.origin).href}</a>
        </p>
        <p className="guide__footer-url">{tv('footer.source', { url: window.location.href })}</p>
      </footer>
    </article>
  );
}
