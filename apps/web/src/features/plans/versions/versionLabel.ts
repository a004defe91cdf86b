import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanVersion } from '@jumelage/contracts/plans';
import { useFormat } from '../../users/useFormat.ts';

/**
 * Names the text a restore replaced, kept as a version ("Text before the restore of 25.11.2026,
 * 00:15"), in the viewer's language and time. By the time, not by the restored version's name:
 * restoring such a version again would otherwise nest names, half of them in English.
 */
export function useReplacedLabel(): (replacedAt: string) => string {
  const { t } = useTranslation('plans');
  const format = useFormat();
  return useCallback(
    (replacedAt) => t('versions.replaced', { when: format.dateTime(replacedAt) }),
    [t, format],
  );
}

/** A version's name as the viewer reads it: the one someone gave it, or the replaced text's. */
export function useVersionLabel(): (version: PlanVersion) => string {
  const replaced = useReplacedLabel();
  return useCallback(
    (version) => (version.replacedAt ? replaced(version.replacedAt) : version.label),
    [replaced],
  );
}
