import { DanishText } from '../../../i18n/danish-text';
import type { GuideStep as Step } from '../api/types';
import { tv } from '../i18n';
import { GuideContacts, GuideRoutes } from './guide-contacts';

/**
 * One step: what it is, whom to contact, and the ways in; printed once for every pathway whose
 * answer at the step is the same (`appliesTo` names them when not all). Never split over two pages.
 */
export function GuideStep({ step, appliesTo, pathwayIds }: { step: Step; appliesTo: string | null; pathwayIds: string[] }) {
  const danish = step.nameLanguage === 'DA';
  return (
    <article className="guide-step" data-testid="guide-step" data-step={step.number} data-pathways={pathwayIds.join(' ')}>
      <h4 className="guide-step__title">
        <DanishText mark={danish}>{step.name}</DanishText>
      </h4>
      {appliesTo && <p className="guide-step__applies muted">{appliesTo}</p>}
      {step.description && <p className="guide-step__description">{danish ? <DanishText>{step.description}</DanishText> : step.description}</p>}
      <div className="guide-step__columns">
        <div>
          <h5>{tv('step.contacts')}</h5>
          {step.contacts.length ? <GuideContacts contacts={step.contacts} /> : <p className="guide-step__nobody">{tv('step.noContact')}</p>}
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
