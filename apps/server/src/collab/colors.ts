// Each person in a plan gets a caret and avatar colour of their own. A hue from a hash of the
// account id gave two of four demo accounts nearly the same green (rgb 36,168,78 and 36,168,73):
// with a hash alone, two people in a plan share a colour more often than not once there are a few.
// So the colours come from a palette of ten that tell apart at a glance (and keep 3:1 against
// white, WCAG 1.4.11), and a person joining a plan takes their own palette slot (from the hash,
// so usually the same colour every time) unless someone else in the plan has it, then the next
// free one. All connections of one account in a plan share a colour.

export const palette = [
  '#1f5fbf', // blue
  '#c0392b', // red
  '#2e7d32', // green
  '#8e44ad', // purple
  '#b45309', // orange
  '#00796b', // teal
  '#c2185b', // pink
  '#5d4037', // brown
  '#5f6b00', // olive
  '#455a64', // slate
] as const;

/** The palette slot an account prefers: FNV-1a of its id. */
function preferredSlot(userId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) hash = Math.imul(hash ^ userId.charCodeAt(i), 0x01000193) >>> 0;
  return hash % palette.length;
}

/** The colour an account usually has (its own palette slot). */
export const userColor = (userId: string): string => palette[preferredSlot(userId)] ?? palette[0];

/**
 * The colour for an account joining a plan where others hold `taken`: its own slot if free, else
 * the next free one; with all ten taken, its own (shared with someone, as it cannot be helped).
 */
export function colorAmong(userId: string, taken: ReadonlySet<string>): string {
  const first = preferredSlot(userId);
  for (let step = 0; step < palette.length; step++) {
    const color = palette[(first + step) % palette.length] ?? palette[0];
    if (!taken.has(color)) return color;
  }
  return userColor(userId);
}
