import { useId } from 'react';
import type { ScopeOption, ScopeOptions } from '../api/get-scope-options';
import { tgap } from '../i18n';

interface ScopePickerProps {
  options: ScopeOptions;
  /** The chosen id; '' for the whole region. */
  value: string;
  onChange: (id: string) => void;
}

function Options({ label, options }: { label: string; options: ScopeOption[] }) {
  if (options.length === 0) return null;
  return (
    <optgroup label={label}>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </optgroup>
  );
}

/** One list: the whole region, then clusters, municipalities and groups under their headings. */
export function ScopePicker({ options, value, onChange }: ScopePickerProps) {
  const id = useId();
  return (
    <div className="gaps-scope">
      <label htmlFor={id} className="gaps-scope__label">
        {tgap('scope.label')}
      </label>
      <select id={id} className="gaps-scope__select" value={value} onChange={(e) => onChange(e.target.value)} data-testid="gaps-scope">
        <option value="">{tgap('scope.everything')}</option>
        <Options label={tgap('scope.clusters')} options={options.clusters} />
        <Options label={tgap('scope.municipalities')} options={options.municipalities} />
        <Options label={tgap('scope.groups')} options={options.groups} />
      </select>
    </div>
  );
}
