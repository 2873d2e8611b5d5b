import { Link } from 'wouter';
import { tVocab } from '../../../i18n';
import { useVejviser } from '../api/get-vejviser';
import type { Guide } from '../api/types';
import { tv } from '../i18n';
import { danishDate, shortPathwayName } from '../lib/guide-text';
import { GuideChannel } from './guide-channel';
import { GuideChannels } from './guide-channels';
import { GuideContacts, GuideRoutes } from './guide-contacts';
import { GuideStep } from './guide-step';

/** The guide for one municipality, as it reads on screen and on A4 paper. */
export function GuidePage({ municipalityId }: { municipalityId: string }) {
  const guide = useVejviser(municipalityId);
  return (
    <div className="screen__column vejviser__inner">
      <div className="vejviser__toolbar">
        <Link href="/vejviser" className="vejviser__back">
          ← {tv('guide.back')}
        </Link>
        {guide.status === 'success' && (
          <button type="button" className="text-button text-button--primary" onClick={() => window.print()} data-testid="print-button">
            {tv('guide.print')}
          </button>
        )}
      </div>
      {guide.status === 'loading' && (
        <p role="status" data-testid="guide-loading">
          {tv('guide.loading')}
        </p>
      )}
      {guide.status === 'error' && (
        <div className="notice notice--error" role="alert" data-testid="guide-error">
          {tv('guide.error', { message: guide.error.message })}{' '}
          <button type="button" className="text-button" onClick={guide.reload}>
            {tv('guide.retry')}
          </button>
        </div>
      )}
      {guide.status === 'success' && <GuideDocument guide={guide.data} />}
    </div>
  );
}

function GuideDocument({ guide }: { guide: Guide }) {
  const { medcom, generalPractice } = guide;
  return (
    <article className="guide" data-testid="guide" data-municipality={guide.municipality.id} aria-labelledby="guide-title">
      <header className="guide__header">
        <h2 id="guide-title" className="vejviser__title">
          {tv('guide.heading', { name: guide.municipality.name })}
        </h2>
        {/* The API's intro already names the cluster and the date. */}
        <p className="vejviser__lead">{guide.intro}</p>
      </header>

      <nav className="guide__toc" aria-label={tv('guide.toc')}>
        <ul>
          <li>
            <a href="#guide-medcom">{tv('medcom.heading')}</a>
          </li>
          <li>
            <a href="#guide-gp">{tv('gp.heading')}</a>
          </li>
          {guide.pathways.map((p) => (
            <li key={p.pathway.id}>
              <a href={`#guide-${p.pathway.id.replace(/[^a-z0-9-]/gi, '-')}`}>{shortPathwayName(p.pathway.name)}</a>
            </li>
          ))}
          <li>
            <a href="#guide-channels">{tv('channels.heading')}</a>
          </li>
          <li>
            <a href="#guide-units">{tv('units.heading')}</a>
          </li>
        </ul>
      </nav>

      <section id="guide-medcom" className="guide-box" aria-labelledby="guide-medcom-title" data-testid="guide-medcom">
        <h3 id="guide-medcom-title">{tv('medcom.heading')}</h3>
        <p>{medcom.sentence}</p>
        <p className="guide-medcom__status">
          <span className="guide-medcom__label">{tv('medcom.status')}:</span>{' '}
          {medcom.status ? (
            <>
              <span className={`traffic-light traffic-light--${medcom.status.level.toLowerCase()}`} data-testid="medcom-status" data-level={medcom.status.level}>
                {tVocab('value', medcom.status.level)}
              </span>{' '}
              <span className="muted">
                {tv('medcom.element', { number: medcom.status.elementNumber })}, {danishDate(medcom.status.asOf)}
                {medcom.status.note && <> – {medcom.status.note}</>}
              </span>
            </>
          ) : (
            <span className="muted">{tv('medcom.noStatus')}</span>
          )}
        </p>
        {medcom.channel && (
          <p>
            <GuideChannel channel={medcom.channel} />
          </p>
        )}
      </section>

      <section id="guide-gp" className="guide-box" aria-labelledby="guide-gp-title" data-testid="guide-gp">
        <h3 id="guide-gp-title">{tv('gp.heading')}</h3>
        {generalPractice.contacts.length > 0 && <GuideContacts contacts={generalPractice.contacts} />}
        {generalPractice.contacts.length === 0 && <p>{generalPractice.explanation}</p>}
        {generalPractice.routes.length > 0 && (
          <>
            <h4 className="guide-box__subtitle">{tv('step.routes')}</h4>
            <GuideRoutes routes={generalPractice.routes} withTimes />
          </>
        )}
      </section>

      {guide.pathways.map((p) => (
        <section
          key={p.pathway.id}
          id={`guide-${p.pathway.id.replace(/[^a-z0-9-]/gi, '-')}`}
          className="guide-pathway"
          aria-labelledby={`${p.pathway.id}-title`}
          data-testid="guide-pathway"
          data-pathway={p.pathway.id}
        >
          <h3 id={`${p.pathway.id}-title`} className="guide-pathway__title">
            {p.pathway.name}
          </h3>
          <p className="muted">{tv('pathway.steps')}</p>
          {p.steps
            .slice()
            .sort((a, b) => a.number - b.number)
            .map((s) => (
              <GuideStep key={s.number} step={s} />
            ))}
        </section>
      ))}

      <GuideChannels guide={guide} />

      <section id="guide-units" className="guide-box guide-units" aria-labelledby="guide-units-title" data-testid="guide-units">
        <h3 id="guide-units-title">{tv('units.heading')}</h3>
        <ul className="guide-list">
          {guide.units.map((u) => (
            <li key={u.organisation.id}>
              <strong>{u.organisation.name}</strong>
              {u.channels.length === 0 && <span className="muted"> – {tv('units.noChannel')}</span>}
              {u.channels.map((c) => (
                <div key={c.id}>
                  <GuideChannel channel={c} compact />
                </div>
              ))}
            </li>
          ))}
        </ul>
      </section>

      <footer className="guide__footer">
        <p>{tv('footer.printed', { date: danishDate(guide.asOf) })}</p>
        <p className="guide__footer-url">{tv('footer.source', { url: window.location.href })}</p>
      </footer>
    </article>
  );
}
