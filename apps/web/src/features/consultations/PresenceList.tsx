import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMinuteClock } from '../../lib/useMinuteClock.ts';
import { useFormat } from '../users/useFormat.ts';
import { useChatSpace } from './chatSpace.tsx';
import { usePresence } from './usePresence.ts';

/** Who of the partnership is online now, with their municipality and their local time. */
export function PresenceList() {
  const { t } = useTranslation('consultations');
  const titleId = useId();
  const { partnershipId, people, viewer, socketStatus } = useChatSpace();
  const online = usePresence(partnershipId, socketStatus);
  const format = useFormat();
  const now = useMinuteClock();
  const present = (online ?? []).flatMap((id) => {
    const person = people.get(id);
    return person ? [person] : [];
  });

  return (
    <section className="presence" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('presence.title')}</h3>
      {online === null ? <p className="conversation__note">{t('presence.unknown')}</p> : null}
      {online !== null ? (
        <ul className="presence__list">
          {present.map((person) => (
            <li key={person.id} className="presence__person">
              <span className="presence__dot" aria-hidden="true" />
              <span>
                <bdi className="presence__name">{person.name}</bdi>
                {person.id === viewer.id ? ` ${t('presence.you')}` : null}
                <span className="presence__details">
                  {person.municipality ??
                    (person.invitedAs ? t(`consultation.invitedAs.${person.invitedAs}`) : '')}
                  {' · '}
                  {t('presence.localTime', { time: format.timeIn(now, person.timeZone) })}
                </span>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
