import type { EntityLink } from '../api/get-entity';
import { updateLink } from '../api/update-link';
import { te } from '../i18n';
import { useVersionedForm } from '../hooks/use-versioned-form';
import { LINK_FIELDS } from '../lib/field-specs';
import { PropertyForm } from './property-form';

interface Props {
  link: EntityLink;
  onSaved: () => void;
  onReload: () => void;
  onCancel: () => void;
}

/** A relationship's own properties (a member's role and perspectives, a status level …). */
export function LinkEditor({ link, onSaved, onReload, onCancel }: Props) {
  const fields = LINK_FIELDS[link.type];
  const form = useVersionedForm({
    fields,
    stored: link.properties,
    version: link.version,
    save: (properties, version) => updateLink(link.id, version ?? link.version, properties),
    onSaved,
  });
  return (
    <PropertyForm
      form={form}
      fields={fields}
      submitLabel={te('links.save')}
      onReload={onReload}
      testId="link-form"
      extraActions={
        <button type="button" className="text-button" onClick={onCancel}>
          {te('form.close')}
        </button>
      }
    />
  );
}
