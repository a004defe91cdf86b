import type admin from '../locales/en/admin.json';
import type common from '../locales/en/common.json';
import type consultations from '../locales/en/consultations.json';
import type milestones from '../locales/en/milestones.json';
import type overview from '../locales/en/overview.json';
import type plans from '../locales/en/plans.json';

// Typed translation keys: t('nav.settings') is checked against the English bundles.
// Each feature with texts of its own adds its namespace here (one file per language and feature).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      admin: typeof admin;
      common: typeof common;
      consultations: typeof consultations;
      milestones: typeof milestones;
      overview: typeof overview;
      plans: typeof plans;
    };
  }
}
