import { useTranslation } from 'react-i18next';
import { nameList } from '../../lib/bidi.ts';
import { useFormat } from '../users/useFormat.ts';
import { useChatSpace } from './chatSpace.tsx';
import { useTypingUsers } from './useTyping.ts';

/** "Karim is typing…" under the conversation; the line keeps its height so nothing jumps. */
export function TypingIndicator({ channelId }: { channelId: string }) {
  const { t } = useTranslation('consultations');
  const { locale } = useFormat();
  const { people, viewer } = useChatSpace();
  const names = useTypingUsers(channelId)
    .filter((userId) => userId !== viewer.id)
    .map((userId) => people.get(userId)?.name ?? t('typing.someone'));
  const list = nameList(names, locale);
  return (
    <p className="typing" dir="auto">
      {names.length > 0 ? t('typing.label', { count: names.length, names: list }) : ''}
    </p>
  );
}
