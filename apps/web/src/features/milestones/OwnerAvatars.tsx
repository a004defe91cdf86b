import { useTranslation } from 'react-i18next';
import type { OwnerDirectory, OwnerInfo } from './owners.ts';

const unknownOwner: OwnerInfo = { name: '', initials: '?', municipality: null };

/**
 * Owners as initials in a circle; ring colour and the short code beside it tell the municipality
 * (not the colour alone). The accessible name says "name, municipality".
 */
export function OwnerAvatars({ ownerIds, owners }: { ownerIds: string[]; owners: OwnerDirectory }) {
  const { t } = useTranslation('milestones');
  if (ownerIds.length === 0) return null;
  return (
    <ul className="owner-avatars" aria-label={t('card.owners')}>
      {ownerIds.map((id) => {
        const owner = owners.get(id) ?? unknownOwner;
        const name = owner.name || t('card.formerMember');
        const label = owner.municipality
          ? t('card.ownerLabel', { name, municipality: owner.municipality.name })
          : name;
        return (
          <li
            key={id}
            className={`owner-avatar municipality-${owner.municipality?.index ?? 'none'}`}
            title={label}
          >
            <span role="img" aria-label={label} className="owner-avatar__circle">
              <span aria-hidden="true">{owner.initials}</span>
            </span>
            {owner.municipality ? (
              <span className="owner-avatar__code" aria-hidden="true">
                {owner.municipality.code}
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
