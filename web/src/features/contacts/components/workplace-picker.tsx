import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { tVocab } from '../../../i18n';
import { collator } from '../../../lib/collator';
import type { Workplace } from '../api/get-workplaces';
import { tc } from '../i18n';
import { foldText, matchesAll } from '../../../lib/fold-text';
import { useFindNodes } from '../../../lib/find-nodes';

/** The kinds of place a member of staff works in; clusters, regions and PLO are no "where I work". */
const WORKPLACE_KINDS = new Set(['MUNICIPALITY', 'MUNICIPAL_UNIT', 'GP_PRACTICE', 'HOSPITAL_DEPARTMENT', 'HOSPITAL', 'PRIVATE_SPECIALIST']);
const SHOWN = 40;

interface Props {
  workplaces: Workplace[];
  value: Workplace | null;
  onChange: (workplace: Workplace) => void;
}

const context = (w: Workplace) => [tVocab('kind', w.kind), w.parentName].filter(Boolean).join(' · ');

/**
 * A searchable list of workplaces (the WAI-ARIA combobox pattern): type to narrow, arrow keys
 * to move, Enter to choose, Escape to close. Words match in any order, without accents.
 */
export function WorkplacePicker({ workplaces, value, onChange }: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);

  const candidates = useMemo(() => workplaces.filter((w) => WORKPLACE_KINDS.has(w.kind)).sort((a, b) => collator.compare(a.name, b.name)), [workplaces]);
  // Danish order, but a name that is or starts with what was typed comes first: "Randers Kommune"
  // must not drown among the twenty units whose names end in it.
  const answer = useFindNodes(text, { labels: ['Organisation'], first: 50 });
  const matches = useMemo(() => {
    const found = candidates.filter((w) =>
      matchesAll([w.name, w.shortName, w.parentName, tVocab('kind', w.kind), w.locationNumber].filter(Boolean).join(' '), text),
    );
    const typed = foldText(text.trim());
    if (!typed) return found;
    const closeness = (w: Workplace) => {
      const name = foldText(w.name);
      return name === typed || foldText(w.shortName ?? '') === typed ? 0 : name.startsWith(typed) ? 1 : 2;
    };
    const local = found
      .map((w) => ({ w, c: closeness(w) }))
      .sort((a, b) => a.c - b.c)
      .map((x) => x.w);
    // The shared forgiving search's order first (typos, parents), once it has answered this text.
    if (!answer || answer.text !== text.trim()) return local;
    const byId = new Map(candidates.map((w) => [w.id, w]));
    const ranked = answer.hits.map((h) => byId.get(h.id)).filter((w): w is Workplace => w !== undefined);
    const seen = new Set(ranked.map((w) => w.id));
    return [...ranked, ...local.filter((w) => !seen.has(w.id))];
  }, [candidates, text, answer]);
  const shown = matches.slice(0, SHOWN);
  const activeIndex = Math.min(active, Math.max(shown.length - 1, 0));

  const choose = (w: Workplace) => {
    onChange(w);
    setText('');
    setOpen(false);
    setActive(0);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open) setOpen(true);
      else setActive(Math.min(activeIndex + 1, shown.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(Math.max(activeIndex - 1, 0));
    } else if (e.key === 'Enter') {
      const w = shown[activeIndex];
      if (open && w) {
        e.preventDefault();
        choose(w);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
      } else setText('');
    }
  };

  return (
    <div className="workplace-picker">
      <label className="contacts-label" htmlFor={`${id}-input`}>
        {tc('workplace.label')}
      </label>
      {value && (
        <p className="workplace-picker__chosen" data-testid="workplace-chosen" data-id={value.id}>
          <span className="visually-hidden">{tc('workplace.chosen')}: </span>
          <strong>{value.name}</strong> <span className="muted">{context(value)}</span>
        </p>
      )}
      <div className="workplace-picker__field">
        <input
          ref={inputRef}
          id={`${id}-input`}
          className="workplace-picker__input"
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-describedby={`${id}-hint`}
          aria-activedescendant={open && shown[activeIndex] ? `${id}-opt-${activeIndex}` : undefined}
          placeholder={value ? `${tc('workplace.change')}: ${tc('workplace.placeholder')}` : tc('workplace.placeholder')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          data-testid="workplace-input"
        />
        {open && (
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA in HTML allows ul as a listbox (the APG combobox pattern)
          <ul className="workplace-picker__list" id={listId} role="listbox" aria-label={tc('workplace.label')} data-testid="workplace-list">
            {shown.map((w, i) => (
              // biome-ignore lint/a11y/useFocusableInteractive: options are never focused; the input keeps focus and points at the active one (aria-activedescendant)
              <li
                key={w.id}
                id={`${id}-opt-${i}`}
                // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA in HTML allows li as an option of a listbox
                role="option"
                aria-selected={i === activeIndex}
                className="workplace-picker__option"
                data-id={w.id}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(w);
                }}
                onMouseMove={() => setActive(i)}
              >
                <span className="workplace-picker__name">{w.name}</span>
                <span className="workplace-picker__context">{context(w)}</span>
              </li>
            ))}
            {shown.length === 0 && (
              <li className="workplace-picker__empty" role="presentation">
                {tc('workplace.none', { text })}
              </li>
            )}
            {matches.length > shown.length && (
              <li className="workplace-picker__more" role="presentation">
                {tc('workplace.more', { shown: shown.length, total: matches.length })}
              </li>
            )}
          </ul>
        )}
      </div>
      <p id={`${id}-hint`} className="muted contacts-hint">
        {tc('workplace.hint')}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {open && text ? tc('workplace.count', { count: matches.length }) : ''}
      </p>
    </div>
  );
}
