import { useId } from 'react';
import type { ContactSide } from '../api/types';
import { tc } from '../i18n';

const SIDES: Array<{ side: ContactSide | null; key: 'side.any' | 'side.region' | 'side.municipality' | 'side.generalPractice' }> = [
  { side: null, key: 'side.any' },
  { side: 'REGION', key: 'side.region' },
  { side: 'MUNICIPALITY', key: 'side.municipality' },
  { side: 'GENERAL_PRACTICE', key: 'side.generalPractice' },
];

/** Narrow by the other side: BUA, the municipality or general practice (findContact's side). Radio chips: arrow keys work. */
export function SideChips({ side, onChange }: { side: ContactSide | null; onChange: (side: ContactSide | null) => void }) {
  const id = useId();
  return (
    <fieldset className="question__group">
      <legend className="contacts-label">{tc('side.legend')}</legend>
      <div className="chips" data-testid="side-chips">
        {SIDES.map((s) => (
          <label key={s.key} className="chip">
            <input type="radio" name={`${id}-side`} value={s.side ?? ''} checked={side === s.side} onChange={() => onChange(s.side)} />
            <span>{tc(s.key)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
