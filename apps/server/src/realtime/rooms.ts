/** Room names in one place, so no feature spells them differently. */
export const rooms = {
  user: (userId: string) => `user:${userId}`,
  session: (sessionId: string) => `session:${sessionId}`,
  partnership: (partnershipId: string) => `partnership:${partnershipId}`,
  /** Coordinators and admins: they follow every partnership's milestones. */
  viewers: 'viewers',
};
