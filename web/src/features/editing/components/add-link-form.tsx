import { useId, useState } from 'react';
import { tVocab } from '../../../i18n';
import { createLink } from '../api/create-link';
import type { EntityHit } from '../api/search-entities';
import { te } from '../i18n';
import { useVersionedForm } from '../hooks/use-versioned-form';
import { LINK_FIELDS } from '../lib/field-specs';
import { RELATION_TYPES, RELATIONSHIP_TYPES, type NodeLabel, type RelationType } from '../lib/vocabulary';
import { EntityPicker } from './entity-picker';
import { PropertyForm } from './property-form';

/** A relationship type and which end this entity would be. */
interface Choice {
  type: RelationType;
  direction: 'out' | 'in';
}

/** Every relationship an entity of this label can have, each way round. */
export function linkChoices(label: NodeLabel): Choice[] {
  const choices: Choice[] = [];
  for (const type of RELATION_TYPES) {
    const ends = RELATIONSHIP_TYPES[type];
    if ((ends.from as readonly string[]).includes(label)) choices.push({ type, direction: 'out' });
    if ((ends.to as readonly string[]).includes(label)) choices.push({ type, direction: 'in' });
  }
  return choices;
}

const choiceKey = (c: Choice) => `${c.direction}:${c.type}`;

interface Props {
  entityId: string;
  label: NodeLabel;
  onCreated: () => void;
  onCancel: () => void;
}

export function AddLinkForm({ entityId, label, onCreated, onCancel }: Props) {
  const id = useId();
  const choices = linkChoices(label);
  const [key, setKey] = useState('');
  const choice = choices.find((c) => choiceKey(c) === key) ?? null;
  return (
    <section className="add-link card" aria-labelledby={`${id}-heading`} data-testid="add-link">
      <h3 id={`${id}-heading`}>{te('links.addHeading')}</h3>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-type`}>
          {te('links.type')}
        </label>
        <select id={`${id}-type`} className="field__input" value={key} onChange={(e) => setKey(e.target.value)} data-field="linkType">
          <option value="">{te('links.chooseType')}</option>
          {choices.map((c) => (
            <option key={choiceKey(c)} value={choiceKey(c)}>
              {c.direction === 'out' ? te('links.out', { relation: tVocab('relation', c.type) }) : te('links.in', { relation: tVocab('relation', c.type) })}{' '}
              {(c.direction === 'out' ? RELATIONSHIP_TYPES[c.type].to : RELATIONSHIP_TYPES[c.type].from).map((l) => tVocab('label', l)).join('/')}
            </option>
          ))}
        </select>
      </div>
      {choice && <LinkPropertiesForm key={key} entityId={entityId} choice={choice} onCreated={onCreated} onCancel={onCancel} />}
      {!choice && (
        <div className="actions">
          <button type="button" className="text-button" onClick={onCancel}>
            {te('form.cancel')}
          </button>
        </div>
      )}
    </section>
  );
}

function LinkPropertiesForm({ entityId, choice, onCreated, onCancel }: { entityId: string; choice: Choice; onCreated: () => void; onCancel: () => void }) {
  const [other, setOther] = useState<EntityHit | null>(null);
  const [otherError, setOtherError] = useState<string[]>([]);
  const fields = LINK_FIELDS[choice.type];
  const otherLabels = choice.direction === 'out' ? RELATIONSHIP_TYPES[choice.type].to : RELATIONSHIP_TYPES[choice.type].from;
  const otherEnd = choice.direction === 'out' ? 'toId' : 'fromId';
  const form = useVersionedForm({
    fields,
    stored: {},
    version: null,
    save: (properties) => {
      if (!other) return Promise.reject(new Error(te('links.needOther')));
      const [from, to] = choice.direction === 'out' ? [entityId, other.id] : [other.id, entityId];
      return createLink(choice.type, from, to, properties);
    },
    onSaved: onCreated,
  });
  const endErrors = [...otherError, ...(form.issues[otherEnd] ?? [])];
  return (
    <PropertyForm
      form={{
        ...form,
        submit: () => {
          setOtherError(other ? [] : [te('links.needOther')]);
          if (other) form.submit();
        },
      }}
      fields={fields}
      submitLabel={te('links.create')}
      testId="add-link-form"
      before={
        <EntityPicker
          label={otherLabels.length === 1 ? te('links.other', { label: tVocab('label', otherLabels[0]!) }) : te('links.otherAny')}
          labels={otherLabels}
          value={other}
          onChange={setOther}
          errors={endErrors}
          testId="link-other"
        />
      }
      extraActions={
        <button type="button" className="text-button" onClick={onCancel}>
          {te('form.cancel')}
        </button>
      }
    />
  );
}
