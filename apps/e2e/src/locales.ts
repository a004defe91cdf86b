import arAdmin from '../../web/src/locales/ar/admin.json' with { type: 'json' };
import deAdmin from '../../web/src/locales/de/admin.json' with { type: 'json' };
import enAdmin from '../../web/src/locales/en/admin.json' with { type: 'json' };
import frAdmin from '../../web/src/locales/fr/admin.json' with { type: 'json' };
import ar from '../../web/src/locales/ar/common.json' with { type: 'json' };
import de from '../../web/src/locales/de/common.json' with { type: 'json' };
import en from '../../web/src/locales/en/common.json' with { type: 'json' };
import fr from '../../web/src/locales/fr/common.json' with { type: 'json' };
import arConsultations from '../../web/src/locales/ar/consultations.json' with { type: 'json' };
import deConsultations from '../../web/src/locales/de/consultations.json' with { type: 'json' };
import enConsultations from '../../web/src/locales/en/consultations.json' with { type: 'json' };
import frConsultations from '../../web/src/locales/fr/consultations.json' with { type: 'json' };
import arMilestones from '../../web/src/locales/ar/milestones.json' with { type: 'json' };
import deMilestones from '../../web/src/locales/de/milestones.json' with { type: 'json' };
import enMilestones from '../../web/src/locales/en/milestones.json' with { type: 'json' };
import frMilestones from '../../web/src/locales/fr/milestones.json' with { type: 'json' };
import arOverview from '../../web/src/locales/ar/overview.json' with { type: 'json' };
import deOverview from '../../web/src/locales/de/overview.json' with { type: 'json' };
import enOverview from '../../web/src/locales/en/overview.json' with { type: 'json' };
import frOverview from '../../web/src/locales/fr/overview.json' with { type: 'json' };
import arPlans from '../../web/src/locales/ar/plans.json' with { type: 'json' };
import dePlans from '../../web/src/locales/de/plans.json' with { type: 'json' };
import enPlans from '../../web/src/locales/en/plans.json' with { type: 'json' };
import frPlans from '../../web/src/locales/fr/plans.json' with { type: 'json' };

/** The texts users see, so tests find controls by their visible, translated labels. */
export const texts = { ar, de, en, fr };

/** The administrators' pages (namespace `admin`). */
export const adminTexts = { ar: arAdmin, de: deAdmin, en: enAdmin, fr: frAdmin };

/** The consultations feature's texts (its own namespace in the web app). */
export const consultationTexts = {
  ar: arConsultations,
  de: deConsultations,
  en: enConsultations,
  fr: frConsultations,
};

/** The milestone board's texts (namespace `milestones`). */
export const milestoneTexts = {
  ar: arMilestones,
  de: deMilestones,
  en: enMilestones,
  fr: frMilestones,
};

/** The coordinators' overview texts (namespace `overview`). */
export const overviewTexts = { ar: arOverview, de: deOverview, en: enOverview, fr: frOverview };

/** The plans' texts: list, editor, versions (namespace `plans`). */
export const planTexts = { ar: arPlans, de: dePlans, en: enPlans, fr: frPlans };

/** A pattern for a translated text whose `{{…}}` values may be anything (a time, a name). */
export const anyValues = (template: string) =>
  new RegExp(
    template
      .split(/\{\{\w+\}\}/)
      // Any space: French puts a no-break one before ":" and inside « », and accessible names
      // (matched by getByRole) have it as a plain one.
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s'))
      .join('.+'),
  );
