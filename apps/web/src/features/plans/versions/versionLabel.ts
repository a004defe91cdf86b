import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanVersion } from '@jumelage/contracts/plans';

/**
 * A version's name as the viewer reads it: the one someone gave it, or, for the text a restore
 * kept, "Before restoring …" in the viewer's language (the server stores an English one).
 */
export function useVersionLabel(): (version: PlanVersion) => string {
  const { t } = useTranslation('plans');
  return useCallback(
    (version) =>
      version.beforeRestoring
        ? t('versions.beforeRestoring', { label: version.beforeRestoring })
        : version.label,
    [t],
  );
}
