import type { Member, MunicipalityView } from '@jumelage/contracts/partnerships';
import { initials, letters } from '../../lib/initials.ts';

export interface OwnerInfo {
  name: string;
  initials: string;
  /** The member's municipality, shown beside the avatar so partners see which side owns what. */
  municipality: { index: number; name: string; code: string } | null;
}

export type OwnerDirectory = ReadonlyMap<string, OwnerInfo>;

/** Short, distinct codes for the municipalities (Wolfsburg, Jendouba -> WOL, JEN). */
export function municipalityCodes(municipalities: readonly MunicipalityView[]): string[] {
  const names = municipalities.map((m) => letters(m.name).join('').toLocaleUpperCase());
  for (let length = 3; length < 12; length += 1) {
    const codes = names.map((name) => name.slice(0, length) || '?');
    if (new Set(codes).size === codes.length) return codes;
  }
  return names.map((name, index) => `${name.slice(0, 3)}${index + 1}`);
}

export function ownerDirectory(
  members: readonly Member[],
  municipalities: readonly MunicipalityView[],
): OwnerDirectory {
  const codes = municipalityCodes(municipalities);
  return new Map(
    members.map((member) => {
      const municipality = municipalities[member.municipalityIndex];
      const code = codes[member.municipalityIndex];
      return [
        member.userId,
        {
          name: member.name,
          initials: initials(member.name),
          municipality:
            municipality && code
              ? { index: member.municipalityIndex, name: municipality.name, code }
              : null,
        },
      ];
    }),
  );
}
