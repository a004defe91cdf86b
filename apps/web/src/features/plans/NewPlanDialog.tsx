import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  locales,
  planLimits,
  planTemplateKeys,
  type PlanTemplateKey,
} from '@jumelage/contracts/constants';
import type { Plan } from '@jumelage/contracts/plans';
import { typedDir } from '../../lib/bidi.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { FormField } from '../../components/FormField.tsx';
import { autonym } from '../../components/LanguageSelect.tsx';
import { currentLocale, isLocale } from '../../lib/i18n.ts';
import { newObjectId } from '../../lib/newObjectId.ts';
import { textOf, useFormSubmit } from '../../lib/useFormSubmit.ts';
import { FormDialog } from '../../components/FormDialog.tsx';
import { TitleField } from '../../components/TitleField.tsx';
import { createPlan, renamePlan } from './plans.api.ts';

interface NewPlanDialogProps {
  partnershipId: string;
  isOpen: boolean;
  onCancel: () => void;
  onCreated: (plan: Plan) => void;
}

const isTemplateKey = (value: string): value is PlanTemplateKey =>
  planTemplateKeys.some((key) => key === value);

/** The agenda of consultation minutes; mounted with the dialog's fields, so each opening starts empty. */
function AgendaField({ error }: { error: string | undefined }) {
  const { t } = useTranslation('plans');
  const [agenda, setAgenda] = useState('');
  return (
    <FormField
      label={t('create.agenda')}
      hint={t('create.agendaHint')}
      error={error}
      length={{ value: agenda, max: planLimits.agendaLength }}
    >
      {(control) => (
        <textarea
          {...control}
          name="agenda"
          dir={typedDir(agenda)}
          rows={4}
          value={agenda}
          onChange={(event) => setAgenda(event.target.value)}
        />
      )}
    </FormField>
  );
}

/** Title, template and the template's language (the viewer's by default) of a new plan. */
export function NewPlanDialog({ partnershipId, isOpen, onCancel, onCreated }: NewPlanDialogProps) {
  const { t } = useTranslation('plans');
  const [templateKey, setTemplateKey] = useState<PlanTemplateKey>('project_plan');
  // One id per opening (the list mounts the dialog anew each time): "create" pressed again after
  // a lost answer gets the plan made the first time.
  const [id] = useState(newObjectId);
  // The title of the first "create": sent again, the create answers the plan that one made, so a
  // title corrected since is given to it (it kept the first). Template and language stay its own.
  const [firstTitle, setFirstTitle] = useState<string | null>(null);
  const { onSubmit, fieldErrors, error, isSubmitting } = useFormSubmit(async (data) => {
    const locale = textOf(data, 'locale');
    const agenda = textOf(data, 'agenda').trim();
    const title = textOf(data, 'title').trim();
    setFirstTitle((first) => first ?? title);
    const plan = await createPlan(partnershipId, {
      id,
      title,
      templateKey,
      ...(isLocale(locale) ? { locale } : {}),
      ...(templateKey === 'consultation_minutes' && agenda ? { agenda } : {}),
    });
    const retitled = firstTitle !== null && title !== firstTitle && title !== plan.title;
    onCreated(retitled ? await renamePlan(plan.id, title) : plan);
  });

  return (
    <FormDialog
      isOpen={isOpen}
      title={t('create.title')}
      submitLabel={isSubmitting ? t('create.submitting') : t('create.submit')}
      isSubmitting={isSubmitting}
      onSubmit={onSubmit}
      onCancel={onCancel}
    >
      <ErrorMessage error={error} />
      <TitleField
        label={t('create.name')}
        name="title"
        max={planLimits.titleLength}
        error={fieldErrors.title}
      />
      <fieldset className="fieldset plan-templates">
        <legend>{t('create.template')}</legend>
        {planTemplateKeys.map((key) => (
          <label key={key} className="radio">
            <input
              type="radio"
              name="templateKey"
              value={key}
              checked={templateKey === key}
              onChange={(event) => {
                if (isTemplateKey(event.target.value)) setTemplateKey(event.target.value);
              }}
            />
            <span>
              <span className="plan-templates__name">{t(`templates.${key}`)}</span>
              <span className="plan-templates__hint">{t(`templateHints.${key}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <FormField
        label={t('create.language')}
        hint={t('create.languageHint')}
        error={fieldErrors.locale}
      >
        {(control) => (
          <select {...control} name="locale" defaultValue={currentLocale()}>
            {locales.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {autonym(locale)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {templateKey === 'consultation_minutes' ? <AgendaField error={fieldErrors.agenda} /> : null}
    </FormDialog>
  );
}
