import { useEffect, useRef, useState, type RefObject } from 'react';
import { tg } from '../i18n';
import { useNodeMatches } from '../hooks/use-node-matches';
import { sectorOf } from '../lib/to-elements';
import { sectorColour } from '../lib/visual-encoding';
import type { GraphNode } from '../types';
import { NodeSearch } from './node-search';
import { Swatch } from './shape-icon';

interface PathPickerProps {
  nodes: readonly GraphNode[];
  from: GraphNode | null;
  to: GraphNode | null;
  onChange: (end: 'from' | 'to', id: string | null) => void;
  onSwap: () => void;
  onClear: () => void;
}

/** "Sådan mødes hænderne": the two ends of a path, each a search box until it is chosen. */
export function PathPicker({ nodes, from, to, onChange, onSwap, onClear }: PathPickerProps) {
  // A chosen end replaces its search box, which had the focus: move it on (to "Til", or to the
  // chosen end's remove button), so keyboard users keep their place.
  const [pendingFocus, setPendingFocus] = useState<'from' | 'to' | null>(null);
  const inputs = { from: useRef<HTMLInputElement>(null), to: useRef<HTMLInputElement>(null) };
  const clears = { from: useRef<HTMLButtonElement>(null), to: useRef<HTMLButtonElement>(null) };
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves after the chosen end has re-rendered (from/to); the ref holders are stable in what they point to
  useEffect(() => {
    if (!pendingFocus) return;
    setPendingFocus(null);
    const other = pendingFocus === 'from' ? 'to' : 'from';
    (inputs[other].current ?? clears[pendingFocus].current)?.focus();
  }, [pendingFocus, from, to]);
  const pick = (end: 'from' | 'to', id: string | null) => {
    onChange(end, id);
    if (id) setPendingFocus(end);
  };
  return (
    <section className="path-picker" aria-labelledby="path-picker-heading" data-testid="path-picker">
      <h2 id="path-picker-heading">{tg('path.heading')}</h2>
      <p className="path-picker__intro">{tg('path.intro')}</p>
      <PathEnd
        end="from"
        label={tg('path.from')}
        placeholder={tg('path.fromPlaceholder')}
        node={from}
        nodes={nodes}
        onChange={pick}
        inputRef={inputs.from}
        clearRef={clears.from}
      />
      <PathEnd
        end="to"
        label={tg('path.to')}
        placeholder={tg('path.toPlaceholder')}
        node={to}
        nodes={nodes}
        onChange={pick}
        inputRef={inputs.to}
        clearRef={clears.to}
      />
      {(from || to) && (
        <div className="path-picker__actions">
          {from && to && (
            <button type="button" className="text-button" onClick={onSwap}>
              {tg('path.swap')}
            </button>
          )}
          <button type="button" className="text-button" onClick={onClear} data-testid="path-clear">
            {tg('path.clear')}
          </button>
        </div>
      )}
      {!(from && to) && <p className="path-picker__hint">{tg('path.pickHint')}</p>}
    </section>
  );
}

interface PathEndProps {
  end: 'from' | 'to';
  label: string;
  placeholder: string;
  node: GraphNode | null;
  nodes: readonly GraphNode[];
  onChange: (end: 'from' | 'to', id: string | null) => void;
  inputRef: RefObject<HTMLInputElement | null>;
  clearRef: RefObject<HTMLButtonElement | null>;
}

function PathEnd({ end, label, placeholder, node, nodes, onChange, inputRef, clearRef }: PathEndProps) {
  const [query, setQuery] = useState('');
  const matches = useNodeMatches(nodes, query);
  if (node) {
    return (
      <div className="path-end" data-testid={`path-${end}`} data-id={node.id}>
        <span className="path-end__label">{label}</span>
        <span className="path-end__name">
          <Swatch colour={sectorColour(sectorOf(node))} /> {node.name}
        </span>
        <button
          ref={clearRef}
          type="button"
          className="icon-button path-end__clear"
          aria-label={tg('path.clearEndpoint', { name: node.name })}
          title={tg('path.clearEndpoint', { name: node.name })}
          onClick={() => onChange(end, null)}
        >
          ×
        </button>
      </div>
    );
  }
  return (
    <NodeSearch
      className="search--compact"
      label={label}
      placeholder={placeholder}
      hint=""
      inputRef={inputRef}
      query={query}
      matches={matches}
      onQueryChange={setQuery}
      onPick={(id) => {
        setQuery('');
        onChange(end, id);
      }}
    />
  );
}
