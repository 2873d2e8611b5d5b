import { useState } from 'react';
import { tVocab } from '../../../i18n';
import { createNode } from '../api/create-node';
import { deleteNode } from '../api/delete-node';
import type { Entity } from '../api/get-entity';
import type { NodeEdit } from '../api/node-edit';
import { errorInWords } from '../api/error-in-words';
import { updateNode } from '../api/update-node';
import { forgetListedEntities } from '../api/search-entities';
import { te } from '../i18n';
import { useVersionedForm } from '../hooks/use-versioned-form';
import { NODE_FIELDS } from '../lib/field-specs';
import { entityHref } from '../lib/paths';
import type { NodeLabel } from '../lib/vocabulary';
import { PropertyForm } from './property-form';

interface Props {
  label: NodeLabel;
  /** null: a new entity. */
  entity: Entity | null;
  onSaved: (edit: NodeEdit) => void;
  onReload: () => void;
  onDeleted?: (name: string) => void;
}

/** The properties of one entity, from its label's field list; create, update and delete. */
export function NodeEditor({ label, entity, onSaved, onReload, onDeleted }: Props) {
  const fields = NODE_FIELDS[label];
  const form = useVersionedForm<NodeEdit>({
    fields,
    stored: entity?.node.properties ?? {},
    version: entity?.version ?? null,
    save: (properties, version) => (entity && version !== null ? updateNode(label, entity.node.id, version, properties) : createNode(label, properties)),
    onSaved: (edit) => {
      if (!entity) forgetListedEntities();
      onSaved(edit);
    },
  });
  const [confirming, setConfirming] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  const remove = async () => {
    if (!entity) return;
    setDeleting(true);
    setDeleteError(null);
    try {
      await deleteNode(label, entity.node.id, entity.version);
      forgetListedEntities();
      onDeleted?.(entity.node.name);
    } catch (err) {
      setDeleteError(errorInWords(err));
      setDeleting(false);
    }
  };

  return (
    <>
      <PropertyForm
        form={form}
        fields={fields}
        submitLabel={entity ? te('form.save') : te('form.create')}
        onReload={onReload}
        testId="entity-form"
        duplicateHref={(id) => entityHref(label, id)}
        extraActions={
          entity &&
          !confirming && (
            <button type="button" className="danger-button" onClick={() => setConfirming(true)} disabled={form.busy}>
              {te('form.delete')}
            </button>
          )
        }
      />
      {entity && confirming && (
        <div className="notice notice--warning confirm" role="alertdialog" aria-label={te('form.delete')}>
          <p>{te('form.deleteConfirm', { name: `${tVocab('label', label).toLowerCase()} "${entity.node.name}"` })}</p>
          {deleteError && <p className="field__error">{deleteError}</p>}
          <div className="actions">
            <button type="button" className="danger-button" onClick={() => void remove()} disabled={deleting}>
              {te('form.deleteYes')}
            </button>
            <button type="button" className="text-button" onClick={() => setConfirming(false)} disabled={deleting}>
              {te('form.cancel')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
