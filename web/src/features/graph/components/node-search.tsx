import { useId, useState, type KeyboardEvent, type Ref } from 'react';
import { t, tVocab } from '../../../i18n';
import type { GraphNode } from '../types';
import { sectorOf } from '../lib/to-elements';
import { sectorColour } from '../lib/visual-encoding';
import { Swatch } from './shape-icon';

/** At most this many options in the list; the rest are counted. */
const MAX_OPTIONS = 50;

interface NodeSearchProps {
  query: string;
  matches: GraphNode[];
  onQueryChange: (query: string) => void;
  /** A match was chosen (Enter, click): select it and show it on the map. */
  onPick: (id: string) => void;
  /** Defaults: the map's main search box. */
  label?: string;
  placeholder?: string;
  hint?: string;
  className?: string;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A combobox over node names (WAI-ARIA combobox with a listbox popup): typing filters, arrows
 * move the active option, Enter picks the active one or the first, Escape closes then clears.
 */
export function NodeSearch({ query, matches, onQueryChange, onPick, label, placeholder, hint, className, inputRef }: NodeSearchProps) {
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listboxId = `${baseId}-listbox`;
  const hintId = `${baseId}-hint`;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const shown = matches.slice(0, MAX_OPTIONS);
  const hasQuery = query.trim() !== '';
  const expanded = open && hasQuery;

  const pick = (index: number) => {
    const node = shown[index];
    if (!node) return;
    onPick(node.id);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive((i) => (shown.length === 0 ? -1 : Math.min(i + 1, shown.length - 1)));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive((i) => (shown.length === 0 ? -1 : Math.max(i - 1, 0)));
        break;
      case 'Home':
        if (expanded && shown.length > 0) {
          event.preventDefault();
          setActive(0);
        }
        break;
      case 'End':
        if (expanded && shown.length > 0) {
          event.preventDefault();
          setActive(shown.length - 1);
        }
        break;
      case 'Enter':
        if (hasQuery) {
          event.preventDefault();
          pick(Math.max(active, 0));
        }
        break;
      case 'Escape':
        if (expanded) setOpen(false);
        else onQueryChange('');
        setActive(-1);
        break;
    }
  };

  return (
    <search className={className ? `search ${className}` : 'search'}>
      <label htmlFor={inputId} className="search__label">
        {label ?? t('search.label')}
      </label>
      <input
        id={inputId}
        ref={inputRef}
        className="search__input"
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-describedby={hintId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        placeholder={placeholder ?? t('search.placeholder')}
        value={query}
        onChange={(e) => {
          onQueryChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="search__hint">
        {hint ?? t('search.hint')}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA in HTML allows ul as a listbox (the APG combobox pattern) */}
      <ul id={listboxId} role="listbox" aria-label={t('search.results')} className="search__listbox" hidden={!expanded || shown.length === 0}>
        {shown.map((node, index) => (
          // biome-ignore lint/a11y/useFocusableInteractive: options are never focused; the input keeps focus and points at the active one (aria-activedescendant)
          <li
            key={node.id}
            id={optionId(index)}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA in HTML allows li as an option of a listbox
            role="option"
            aria-selected={index === active}
            className={index === active ? 'search__option search__option--active' : 'search__option'}
            // mousedown, not click: the input keeps focus and its blur does not close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(index);
            }}
            onMouseMove={() => setActive(index)}
          >
            <Swatch colour={sectorColour(sectorOf(node))} />
            <span className="search__name">{node.name}</span>
            <span className="search__kind">{node.kind ? tVocab('kind', node.kind) : tVocab('label', node.label)}</span>
          </li>
        ))}
      </ul>
      <p className="search__status" role="status">
        {hasQuery && matches.length === 0 && t('search.noMatches', { query: query.trim() })}
        {hasQuery && matches.length > MAX_OPTIONS && t('search.moreMatches', { count: matches.length - MAX_OPTIONS })}
      </p>
    </search>
  );
}
