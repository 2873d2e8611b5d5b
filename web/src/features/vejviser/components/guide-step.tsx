import type { GuideStep as Step } from '../api/types';
import { tv } from '../i18n';
import { whyNobody } from '../lib/guide-text';
import { GuideContacts, GuideRoutes } from './guide-contacts';

/** One step of a pathway: what it is, whom to contact, and the ways in. Never split over two pages. */
export function GuideStep({ step }: { step: Step }) {
  return (
    <article className="guide-step" data-testid="guide-step" data-step={step.number}>
      <h4 className="guide-step__title">{step.name}</h4>
      {step.description && <p className="guide-step__description">{step.description}</p>}
      <div className="guide-step__columns">
        <div>
          <h5>{tv('step.contacts')}</h5>
          {step.contacts.length ? <GuideContacts contacts={step.contacts} /> : <p className="guide-step__nobody">{whyNobody(step.explanation)}</p>}
        </div>
        {step.routes.length > 0 && (
          <div>
            <h5>{tv('step.routes')}</h5>
            <GuideRoutes routes={step.routes} />
          </div>
        )}
      </div>
    </article>
  );
}
