import { tVocab } from '../../../i18n';
import { DanishText } from '../../../i18n/danish-text';
import type { Guide } from '../api/types';
import { tv } from '../i18n';
import { pathwayTopic } from '../lib/family-guide';
import { guideDate, listText } from '../lib/list-text';
import { groupSteps } from '../lib/professional-steps';
import { GuideChannel } from './guide-channel';
import { GuideChannels } from './guide-channels';
import { GuideContacts, GuideRoutes } from './guide-contacts';
import { GuideStep } from './guide-step';

/** Whether and how GPs write to the municipality, in the page's language, from the channel and its status. */
function medcomSentence(guide: Guide): string {
  const name = guide.municipality.name;
  const ch = guide.medcom.channel;
  if (!ch) return tv('medcom.none', { name });
  if (ch.status !== 'ESTABLISHED') return tv('medcom.notEstablished', { name, status: tVocab('value', ch.status).toLowerCase() });
  const at = ch.address ? ` ${tv('medcom.at', { number: ch.address })}` : '';
  return `${tv('medcom.established', { name })}${at}.`;
}

/** The professionals' guide: MedCom, general practice, steps 1–4 (grouped across pathways), channels, units. */
export function ProfessionalGuide({ guide }: { guide: Guide }) {
  const { medcom, generalPractice } = guide;
  const groups = groupSteps(guide);
  const all = guide.pathways.length;
  return (
    <article className="guide" data-testid="guide" data-audience="professionals" data-municipality={guide.municipality.id} aria-labelledby="guide-title">
      <header className="guide__header">
        <h2 id="guide-title" className="vejviser__title">
          {tv('pro.heading', { name: guide.municipality.name })}
        </h2>
        <p className="vejviser__lead">
          {tv('pro.lead', { date: guideDate(guide.asOf) })}{' '}
          {guide.cluster && (
            <>
              {tv('pro.cluster')} <DanishText>{guide.cluster.name}</DanishText>.
            </>
          )}
        </p>
      </header>

      <nav className="guide__toc" aria-label={tv('guide.toc')}>
        <ul>
          <li>
            <a href="#guide-medcom">{tv('medcom.heading')}</a>
          </li>
          <li>
            <a href="#guide-gp">{tv('gp.heading')}</a>
          </li>
          <li>
            <a href="#guide-steps">{tv('pathway.steps')}</a>
          </li>
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
        <p data-testid="medcom-sentence">
          {medcomSentence(guide)} {medcom.channel?.supportsAttachments === false && tv('medcom.noAttachments')}
        </p>
        <p className="guide-medcom__status">
          <span className="guide-medcom__label">{tv('medcom.status')}:</span>{' '}
          {medcom.status ? (
            <>
              <span
                className={`traffic-light traffic-light--${medcom.status.level.toLowerCase()}`}
                data-testid="medcom-status"
                data-level={medcom.status.level}
              >
                {tVocab('value', medcom.status.level)}
              </span>{' '}
              <span className="muted">
                {tv('medcom.element', { number: medcom.status.elementNumber })}, {guideDate(medcom.status.asOf)}
                {medcom.status.note && (
                  <>
                    {' – '}
                    <DanishText>{medcom.status.note}</DanishText>
                  </>
                )}
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
        {generalPractice.contacts.length === 0 && <p>{tv('gp.noContact', { name: guide.municipality.name })}</p>}
        {generalPractice.routes.length > 0 && (
          <>
            <h4 className="guide-box__subtitle">{tv('step.routes')}</h4>
            <GuideRoutes routes={generalPractice.routes} withTimes />
          </>
        )}
      </section>

      <section id="guide-steps" className="guide-pathway" aria-labelledby="guide-steps-title" data-testid="guide-steps">
        <h3 id="guide-steps-title" className="guide-pathway__title">
          {tv('pathway.steps')}
        </h3>
        {groups.map((g) => (
          <GuideStep
            key={`${g.step.number}-${g.pathways.map((p) => p.pathway.id).join()}`}
            step={g.step}
            appliesTo={g.pathways.length === all ? null : tv('pro.appliesTo', { list: listText(g.pathways.map((p) => pathwayTopic(p.name))) })}
            pathwayIds={g.pathways.map((p) => p.pathway.id)}
          />
        ))}
      </section>

      <GuideChannels guide={guide} />

      <section id="guide-units" className="guide-box guide-units" aria-labelledby="guide-units-title" data-testid="guide-units">
        <h3 id="guide-units-title">{tv('units.heading')}</h3>
        <ul className="guide-list">
          {guide.units.map((u) => (
            <li key={u.organisation.id}>
              <strong>
                <DanishText>{u.organisation.name}</DanishText>
              </strong>
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
        <p>{tv('footer.printed', { date: guideDate(guide.asOf) })}</p>
        <p className="guide__footer-url">{tv('footer.source', { url: window.location.href })}</p>
      </footer>
    </article>
  );
}
