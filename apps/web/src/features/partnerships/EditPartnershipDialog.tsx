import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits, partnershipStatuses, themes, type Theme } from '@jumelage/contracts/constants';
import type { Partnership, PartnershipResponse } from '@jumelage/contracts/partnerships';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TitleField } from '../../components/TitleField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { FormField } from '../../components/FormField.tsx';
import { textOf, useFormSubmit } from '../../lib/useFormSubmit.ts';
import { draftOf, toMunicipality } from './municipalityDrafts.ts';
import { MunicipalityFields } from './MunicipalityFields.tsx';
import { updatePartnership } from './partnerships.api.ts';
import { PartnershipDetailsFields } from './PartnershipDetailsFields.tsx';
import { ThemePicker } from './ThemePicker.tsx';

interface EditPartnershipDialogProps {
  partnership: Partnership;
  isOpen: boolean;
  onClose: () => void;
  /** With the server's answer, which the page shows instead of reading the partnership again. */
  onSaved: (saved: PartnershipResponse) => void;
}

/**
 * Owners change the partnership's name, themes, description, dates and status (active, paused,
 * completed: what coordinators see in the overview), and correct its municipalities in place (a
 * misspelt name, a wrong time zone); none is added or dropped here, as members belong to them.
 */
export function EditPartnershipDialog(props: EditPartnershipDialogProps) {
  const { partnership, isOpen, onClose, onSaved } = props;
  const { t } = useTranslation();
  // The municipalities' fields, as in the create form.
  const [drafts, setDrafts] = useState(() => partnership.municipalities.map(draftOf));
  const form = useFormSubmit(async (data) => {
    const status = partnershipStatuses.find((value) => value === textOf(data, 'status'));
    const saved = await updatePartnership(partnership.id, {
      name: textOf(data, 'name').trim(),
      themes: data.getAll('themes').flatMap((value) => themeOf(value)),
      description: textOf(data, 'description').trim(),
      startsOn: textOf(data, 'startsOn') || null,
      endsOn: textOf(data, 'endsOn') || null,
      ...(status ? { status } : {}),
      municipalities: drafts.map(toMunicipality),
    });
    onSaved(saved);
  });
  return (
    <FormDialog
      isOpen={isOpen}
      title={t('space.edit')}
      submitLabel={form.isSubmitting ? t('common.saving') : t('common.save')}
      isSubmitting={form.isSubmitting}
      onSubmit={form.onSubmit}
      onCancel={onClose}
    >
      <ErrorMessage error={form.error} />
      <TitleField
        label={t('createPartnership.name')}
        name="name"
        max={limits.partnershipNameLength}
        error={form.fieldErrors.name}
        defaultValue={partnership.name}
      />
      <FormField label={t('partnerships.status')} error={form.fieldErrors.status}>
        {(control) => (
          <select {...control} name="status" defaultValue={partnership.status}>
            {partnershipStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`statuses.${status}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <Themes initial={partnership.themes} />
      <PartnershipDetailsFields errors={form.fieldErrors} initial={partnership} />
      {drafts.map((draft, index) => (
        <MunicipalityFields
          key={draft.key}
          index={index}
          draft={draft}
          errors={form.fieldErrors}
          onChange={(next) => setDrafts((all) => all.map((old, at) => (at === index ? next : old)))}
        />
      ))}
    </FormDialog>
  );
}

/** The theme choice; its checkboxes are read from the form when it is sent. */
function Themes({ initial }: { initial: readonly Theme[] }) {
  const [chosen, setChosen] = useState<Theme[]>([...initial]);
  return <ThemePicker value={chosen} onChange={setChosen} />;
}

const themeOf = (value: FormDataEntryValue) => themes.filter((theme) => theme === value);
