import type common from '../locales/en/common.json';

// Typed translation keys: t('nav.settings') is checked against the English bundles.
// Each feature with texts of its own adds its namespace here (one file per language and feature).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
    };
  }
}
