import { useTranslation } from 'react-i18next';
import type { Channel } from '@jumelage/contracts/consultations';

/** General's name in the viewer's language; consultations keep the title they were given. */
export function useChannelTitle(channel: Channel): string {
  const { t } = useTranslation('consultations');
  return channel.kind === 'general' ? t('channels.general') : channel.title;
}
