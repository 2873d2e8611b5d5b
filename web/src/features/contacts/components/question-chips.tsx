import { useEffect, useId, useState } from 'react';
import type { PathwayOption, PathwayStep } from '../api/get-pathways';
import { tc } from '../i18n';

interface Props {
  pathways: PathwayOption[];
  /** Topics of the fixed-contact assignments seen for this workplace, as one-click chips. */
  topics: string[];
  pathwayId: string | null;
  topic: string | null;
  step: number | null;
  onChange: (change: { pathwayId?: string | null; topic?: string | null; step?: number | null }) => void;
}

/** "Forløbsprogram for børn og unge med ADHD" reads as its topics on a chip: "ADHD". */
const chipLabel = (p: PathwayOption) => (p.topics.length ? p.topics.join(' og ') : p.name);

/** "Trin 2 – Tidlig, let indsats i kommunen" → "Tidlig, let indsats i kommunen". */
const stepTitle = (s: PathwayStep) => s.name.replace(/^Trin\s*\d+\s*[–-]\s*/i, '');

/**
 * What it is about: a care pathway (or any), a free topic, and a step of the graded model.
 * Radio buttons drawn as chips, so arrow keys and Space work as everywhere else.
 */
export function QuestionChips({ pathways, topics, pathwayId, topic, step, onChange }: Props) {
  const id = useId();
  const [topicText, setTopicText] = useState(topic ?? '');
  useEffect(() => setTopicText(topic ?? ''), [topic]);

  // The steps are the same four in every programme; take the chosen one's words, else the first's.
  const steps = (pathways.find((p) => p.id === pathwayId) ?? pathways[0])?.steps.slice().sort((a, b) => a.number - b.number) ?? [];

  return (
    <div className="question">
      <fieldset className="question__group">
        <legend className="contacts-label">{tc('about.legend')}</legend>
        <div className="chips" data-testid="pathway-chips">
          <label className="chip">
            <input type="radio" name={`${id}-pathway`} checked={pathwayId === null} onChange={() => onChange({ pathwayId: null })} />
            <span>{tc('about.any')}</span>
          </label>
          {pathways.map((p) => (
            <label key={p.id} className="chip" title={p.name}>
              <input type="radio" name={`${id}-pathway`} value={p.id} checked={pathwayId === p.id} onChange={() => onChange({ pathwayId: p.id })} />
              <span>{chipLabel(p)}</span>
            </label>
          ))}
        </div>
        {topics.length > 0 && (
          // biome-ignore lint/a11y/useSemanticElements: a labelled group of buttons, not a form section with a legend
          <div className="chips chips--topics" role="group" aria-label={tc('about.topics')} data-testid="topic-chips">
            {topics.map((name) => (
              <button
                key={name}
                type="button"
                className="chip-button"
                aria-pressed={topic === name}
                onClick={() => onChange({ topic: topic === name ? null : name })}
              >
                {name}
              </button>
            ))}
          </div>
        )}
        <form
          className="question__topic"
          onSubmit={(e) => {
            e.preventDefault();
            onChange({ topic: topicText.trim() || null });
          }}
        >
          <label htmlFor={`${id}-topic`}>{tc('about.topic')}</label>
          <input
            id={`${id}-topic`}
            type="search"
            value={topicText}
            placeholder={tc('about.topicPlaceholder')}
            onChange={(e) => setTopicText(e.target.value)}
            data-testid="topic-input"
          />
          <button type="submit" className="text-button">
            {tc('about.topicApply')}
          </button>
          {topic && (
            <button type="button" className="text-button" onClick={() => onChange({ topic: null })}>
              {tc('about.topicClear')}
            </button>
          )}
        </form>
      </fieldset>

      <fieldset className="question__group">
        <legend className="contacts-label">{tc('step.legend')}</legend>
        <div className="step-chips" data-testid="step-chips">
          <label className="step-chip step-chip--any">
            <input type="radio" name={`${id}-step`} checked={step === null} onChange={() => onChange({ step: null })} />
            <span className="step-chip__title">{tc('step.any')}</span>
          </label>
          {steps.map((s) => (
            <label key={s.number} className="step-chip">
              <input type="radio" name={`${id}-step`} value={s.number} checked={step === s.number} onChange={() => onChange({ step: s.number })} />
              <span className="step-chip__title">
                {tc('step.chip', { number: s.number })}: {stepTitle(s)}
              </span>
              {s.description && <span className="step-chip__line">{s.description}</span>}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
