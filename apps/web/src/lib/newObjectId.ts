/**
 * An id for something this client is about to create (a plan, a version, a consultation, a
 * milestone), in MongoDB's ObjectId form (the seconds since 1970, then random bytes): the create
 * sends it, so that sending it again after a lost answer gets what the first one made rather than
 * a second one. A form keeps one id until its create succeeds.
 */
export function newObjectId(now = Date.now()): string {
  const seconds = Math.floor(now / 1000)
    .toString(16)
    .padStart(8, '0');
  const random = Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  );
  return seconds + random.join('');
}
