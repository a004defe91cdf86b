import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits, partnershipStatuses, themes, type Theme } from '@jumelage/contracts/constants';
import type { Partnership, PartnershipResponse } from '@jumelage/contracts/partnerships';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { TitleField } from '../../components/TitleField.tsx';
import { FormDialog } from '../../components/FormDialog.tsx';
import { FormField } from '../../components/FormField.tsx';
import { textOf, useFormSubmit } from '../../lib/useFormSubmit.ts';
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
 * completed: what coordinators see in the overview). The municipalities stay as created.
 */
export function EditPartnershipDialog(props: EditPartnershipDialogProps) {
  const { partnership, isOpen, onClose, onSaved } = props;
  const { t } = useTranslation();
  const form = useFormSubmit(async (data) => {
    const status = partnershipStatuses.find((value) => value === textOf(data, 'status'));
    const saved = await updatePartnership(partnership.id, {
      name: textOf(data, 'name').trim(),
      themes: data.getAll('themes').flatMap((value) => themeOf(value)),
      description: textOf(data, 'description').trim(),
      startsOn: textOf(data, 'startsOn') || null,
      endsOn: textOf(data, 'endsOn') || null,
      ...(status ? { status } : {}),
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
    </FormDialog>
  );
}

/** The theme choice; its checkboxes are read from the form when it is sent. */
function Themes({ initial }: { initial: readonly Theme[] }) {
  const [chosen, setChosen] = useState<Theme[]>([...initial]);
  return <ThemePicker value={chosen} onChange={setChosen} />;
}

const themeOf = (value: FormDataEntryValue) => themes.filter((theme) => theme === value);
