import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { tVocab } from '../../../i18n';
import { searchEntities, type EntityHit } from '../api/search-entities';
import { te } from '../i18n';
import type { NodeLabel } from '../lib/vocabulary';

interface Props {
  label: string;
  labels: readonly NodeLabel[];
  value: { id: string; name: string } | null;
  onChange: (hit: EntityHit | null) => void;
  /** Errors from the API for this field, shown below and announced. */
  errors?: string[];
  autoFocus?: boolean;
  testId?: string;
}

type Results = { status: 'idle' } | { status: 'loading' } | { status: 'done'; hits: EntityHit[] } | { status: 'error'; message: string };

/** A searchable choice of one node: type, arrow to a hit, Enter to take it (ARIA combobox). */
export function EntityPicker({ label, labels, value, onChange, errors = [], autoFocus, testId }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [results, setResults] = useState<Results>({ status: 'idle' });
  const labelKey = labels.join(',');
  const inputRef = useRef<HTMLInputElement>(null);
  // Asked to take the focus (a new link's target): from an effect, once, rather than the autofocus
  // attribute, which screen readers announce out of context on page load.
  useEffect(() => {
    if (autoFocus) inputRef.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    const query = text.trim();
    if (query.length < 2) {
      setResults({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setResults({ status: 'loading' });
    // A short pause, so typing a word costs one request, not one per letter.
    const timer = setTimeout(() => {
      searchEntities(query, labelKey.split(',') as NodeLabel[], controller.signal).then(
        (hits) => {
          setResults({ status: 'done', hits });
          setActive(0);
        },
        (err: Error) => {
          if (err.name !== 'AbortError') setResults({ status: 'error', message: err.message });
        },
      );
    }, 180);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, labelKey]);

  const hits = results.status === 'done' ? results.hits : [];
  const expanded = open && results.status !== 'idle';
  const choose = (hit: EntityHit) => {
    onChange(hit);
    setText('');
    setOpen(false);
  };

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(hits.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      const hit = hits[active];
      if (expanded && hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const status =
    results.status === 'loading'
      ? te('picker.loading')
      : results.status === 'error'
        ? te('picker.error', { message: results.message })
        : results.status === 'done'
          ? hits.length
            ? te('picker.results', { count: hits.length })
            : te('picker.none', { query: text.trim() })
          : '';
  const errorId = `${id}-error`;

  return (
    <div className="picker field" data-testid={testId}>
      <label className="field__label" htmlFor={`${id}-input`}>
        {label}
      </label>
      {value && (
        <p className="picker__chosen">
          <span data-testid={testId ? `${testId}-chosen` : undefined}>{te('picker.chosen', { name: value.name })}</span>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              onChange(null);
              inputRef.current?.focus();
            }}
          >
            {te('picker.clear')}
          </button>
        </p>
      )}
      <input
        ref={inputRef}
        id={`${id}-input`}
        className="field__input"
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder={te('picker.placeholder')}
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && hits[active] ? `${id}-opt-${active}` : undefined}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={[`${id}-status`, errors.length ? errorId : ''].filter(Boolean).join(' ')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA in HTML allows ul as a listbox (the APG combobox pattern) */}
      <ul id={`${id}-list`} role="listbox" className="picker__list" hidden={!expanded || hits.length === 0} aria-label={label}>
        {hits.map((hit, i) => (
          // biome-ignore lint/a11y/useFocusableInteractive: options are never focused; the input keeps focus and points at the active one (aria-activedescendant)
          <li
            key={hit.id}
            id={`${id}-opt-${i}`}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA in HTML allows li as an option of a listbox
            role="option"
            aria-selected={i === active}
            className={`picker__option${i === active ? ' picker__option--active' : ''}`}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(hit);
            }}
          >
            <span className="picker__name">{hit.name}</span>
            <span className="picker__kind">{hit.kind ? tVocab('kind', hit.kind) : tVocab('label', hit.label)}</span>
          </li>
        ))}
      </ul>
      <p id={`${id}-status`} className="field__hint" role="status">
        {status}
      </p>
      {errors.length > 0 && (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}
