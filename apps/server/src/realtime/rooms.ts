/** Room names in one place, so no feature spells them differently. */
export const rooms = {
  user: (userId: string) => `user:${userId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  partnership: (partnershipId: string) => `partnership:${partnershipId}`,
};
