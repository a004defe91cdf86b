import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { initials } from '../../../lib/initials.ts';
import { textColorOn } from './caret.ts';
import { usePresence } from './usePresence.ts';

/** Who has the plan open: an avatar per person in the colour of their caret, with a count. */
export function PresenceList({ awareness, selfId }: { awareness: Awareness; selfId: string }) {
  const { t } = useTranslation('plans');
  const users = usePresence(awareness, selfId);
  return (
    <div className="plan-presence">
      <span className="plan-presence__count">{t('presence.count', { count: users.length })}</span>
      <ul className="plan-presence__list">
        {users.map((user) => {
          const name = user.isSelf ? t('presence.you', { name: user.name }) : user.name;
          const style =
            user.color && !user.isSelf
              ? { backgroundColor: user.color, color: textColorOn(user.color) }
              : undefined;
          return (
            <li
              key={user.key}
              className={
                user.isSelf
                  ? 'plan-presence__user plan-presence__user--self'
                  : 'plan-presence__user'
              }
              title={name}
            >
              <span className="plan-presence__avatar" style={style} aria-hidden="true">
                {initials(user.name)}
              </span>
              <span className="visually-hidden">{name}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
