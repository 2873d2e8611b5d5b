import { useEffect, useMemo, useState } from 'react';
import { collator } from '../../../lib/collator';
import { useSearchParams } from 'wouter';
import { useFindContact } from '../api/find-contact';
import { usePathways } from '../api/get-pathways';
import { useWorkplaces, type Workplace } from '../api/get-workplaces';
import { tc } from '../i18n';
import { readLastWorkplace, rememberWorkplace } from '../lib/last-workplace';
import { readQuestion, writeQuestion, type QuestionState } from '../lib/question-params';
import { ContactAnswer } from './contact-answer';
import { QuestionChips } from './question-chips';
import { SideChips } from './side-chips';
import { WorkplacePicker } from './workplace-picker';
import './contacts.css';

/**
 * /kontakt: where I work and what it is about → the fixed contacts, ranked. The question lives
 * in the address; the workplace is also remembered, so the second visit opens on the answer.
 */
export function ContactFinderScreen() {
  const [params, setParams] = useSearchParams();
  const question = readQuestion(params);
  const workplaces = useWorkplaces();
  const pathways = usePathways();

  const update = (change: Partial<QuestionState>, replace = false) => setParams((prev) => writeQuestion(prev, change), { replace });

  // A returning user gets their last workplace back; replace, so Back still leaves the screen.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on arrival; choosing "nothing" later must not bring the old choice back
  useEffect(() => {
    if (!question.workplaceId) {
      const last = readLastWorkplace();
      if (last) update({ workplaceId: last }, true);
    }
    // Only on arrival: choosing "nothing" later must not bring the old choice back.
  }, []);

  const places = useMemo(() => new Map((workplaces.status === 'success' ? workplaces.data : []).map((w) => [w.id, w])), [workplaces]);
  const chosen = question.workplaceId ? (places.get(question.workplaceId) ?? null) : null;
  const unknownWorkplace = workplaces.status === 'success' && question.workplaceId !== null && chosen === null;

  const answer = useFindContact(
    question.workplaceId && !unknownWorkplace
      ? { organisationId: question.workplaceId, pathwayId: question.pathwayId, topic: question.topic, step: question.step, side: question.side }
      : null,
  );

  // Topic chips from the assignments this workplace's answers have shown, kept while the
  // workplace stays, so choosing one topic does not take the others away.
  const [topics, setTopics] = useState<{ workplaceId: string | null; list: string[] }>({ workplaceId: null, list: [] });
  useEffect(() => {
    if (answer.status !== 'success') return;
    const found = answer.data.contacts.flatMap((c) => c.topics);
    setTopics((prev) => {
      const base = prev.workplaceId === question.workplaceId ? prev.list : [];
      const list = [...new Set([...base, ...found])].sort(collator.compare);
      return list.length === base.length && prev.workplaceId === question.workplaceId ? prev : { workplaceId: question.workplaceId, list };
    });
  }, [answer, question.workplaceId]);
  const topicChips = topics.workplaceId === question.workplaceId ? topics.list : [];

  const chooseWorkplace = (w: Workplace) => {
    rememberWorkplace(w.id);
    update({ workplaceId: w.id });
  };

  return (
    <main id="main" className="screen contacts" data-testid="contacts-screen">
      <div className="contacts__inner">
        <section className="contacts__question" aria-labelledby="contacts-heading">
          <h2 id="contacts-heading" className="contacts__heading">
            {tc('finder.heading')}
          </h2>
          <p className="muted">{tc('finder.intro')}</p>

          {workplaces.status === 'loading' && <p role="status">{tc('workplace.loading')}</p>}
          {workplaces.status === 'error' && (
            <div className="notice notice--error" role="alert">
              {tc('workplace.error', { message: workplaces.error.message })}{' '}
              <button type="button" className="text-button" onClick={workplaces.reload}>
                {tc('answer.retry')}
              </button>
            </div>
          )}
          {workplaces.status === 'success' && <WorkplacePicker workplaces={workplaces.data} value={chosen} onChange={chooseWorkplace} />}
          {unknownWorkplace && (
            <p className="notice notice--warning" role="alert">
              {tc('workplace.unknown', { id: question.workplaceId ?? '' })}
            </p>
          )}

          {pathways.status === 'success' && (
            <QuestionChips
              pathways={pathways.data}
              topics={topicChips}
              pathwayId={question.pathwayId}
              topic={question.topic}
              step={question.step}
              onChange={(c) => update(c)}
            />
          )}
          <SideChips side={question.side} onChange={(side) => update({ side })} />
          {pathways.status === 'error' && (
            <div className="notice notice--error" role="alert">
              {pathways.error.message}{' '}
              <button type="button" className="text-button" onClick={pathways.reload}>
                {tc('answer.retry')}
              </button>
            </div>
          )}
        </section>

        <section className="contacts__answer" aria-labelledby="answer-heading" aria-busy={answer.status === 'loading'}>
          <h2 id="answer-heading" className="contacts__heading">
            {tc('answer.heading')}
          </h2>
          {answer.status === 'idle' && !unknownWorkplace && (
            <p className="notice" data-testid="answer-start">
              {tc('answer.start')}
            </p>
          )}
          {answer.status === 'loading' && (
            <p className="contacts__loading" role="status" data-testid="answer-loading">
              {tc('answer.loading', { name: chosen?.name ?? question.workplaceId ?? '' })}
            </p>
          )}
          {answer.status === 'error' && (
            <div className="notice notice--error" role="alert" data-testid="answer-error">
              {tc('answer.error', { message: answer.error.message })}{' '}
              <button type="button" className="text-button" onClick={answer.reload}>
                {tc('answer.retry')}
              </button>
            </div>
          )}
          {answer.status === 'success' && <ContactAnswer answer={answer.data} places={places} />}
        </section>
      </div>
    </main>
  );
}
