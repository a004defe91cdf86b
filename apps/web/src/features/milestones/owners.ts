import type { Member, MunicipalityView } from '@jumelage/contracts/partnerships';

export interface OwnerInfo {
  name: string;
  initials: string;
  /** The member's municipality, shown beside the avatar so partners see which side owns what. */
  municipality: { index: number; name: string; code: string } | null;
}

export type OwnerDirectory = ReadonlyMap<string, OwnerInfo>;

const letters = (word: string) => Array.from(word.replace(/[^\p{L}\p{N}]/gu, ''));

function initialOf(word: string): string {
  // Arabic family names often start with the article "ال"; the name's own letter is more telling.
  const chars = letters(word);
  const start = chars[0] === 'ا' && chars[1] === 'ل' && chars.length > 3 ? 2 : 0;
  return chars[start] ?? '';
}

export function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => letters(word).length > 0);
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words.at(-1) ?? '') : '';
  return (initialOf(first) + initialOf(last)).toLocaleUpperCase() || '?';
}

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
