import type { MembershipRole } from '@jumelage/contracts/constants';
import type { Models } from '../models.ts';
import { hashPassword } from '../features/auth/password.ts';
import { seedDemoConsultations } from '../features/consultations/consultations.seed.ts';
import { seedDemoMilestones } from '../features/milestones/milestones.seed.ts';
import { seedDemoPlan } from '../features/plans/plans.seed.ts';
import { daysFrom } from '../days.ts';
import { demoSchedule } from './demo-schedule.ts';

export const demoPassword = 'jumelage-demo';

interface DemoUser {
  email: string;
  name: string;
  locale: 'de' | 'fr' | 'ar' | 'en';
  timeZone: string;
  globalRole: 'user' | 'coordinator' | 'admin';
  membership?: { role: MembershipRole; municipalityIndex: number };
  /** Not a member: invited to the demo consultation only (an external expert). */
  isGuest?: boolean;
}

const demoUsers: DemoUser[] = [
  { email: 'admin@jumelage.example', name: 'Admin Jumelage', locale: 'en', timeZone: 'Europe/Berlin', globalRole: 'admin' },
  { email: 'anna.becker@wolfsburg.example', name: 'Anna Becker', locale: 'de', timeZone: 'Europe/Berlin', globalRole: 'user', membership: { role: 'owner', municipalityIndex: 0 } },
  { email: 'karim.bensalah@jendouba.example', name: 'Karim Ben Salah', locale: 'fr', timeZone: 'Africa/Tunis', globalRole: 'user', membership: { role: 'member', municipalityIndex: 1 } },
  { email: 'sofia.richter@experts.example', name: 'Dr. Sofia Richter', locale: 'de', timeZone: 'Europe/Berlin', globalRole: 'user', membership: { role: 'expert', municipalityIndex: 0 } },
  { email: 'leila.trabelsi@jendouba.example', name: 'ليلى الطرابلسي', locale: 'ar', timeZone: 'Africa/Tunis', globalRole: 'user', membership: { role: 'observer', municipalityIndex: 1 } },
  { email: 'claire.martin@programme.example', name: 'Claire Martin', locale: 'fr', timeZone: 'Europe/Berlin', globalRole: 'coordinator' },
  { email: 'youssef.alaoui@experts.example', name: 'Dr. Youssef Alaoui', locale: 'fr', timeZone: 'Africa/Casablanca', globalRole: 'user', isGuest: true },
];

export interface DemoLogin {
  email: string;
  role: string;
}

/**
 * Fills an empty database with the demo partnership "Wolfsburg – Jendouba" (chat, a consultation, the
 * plan "Quartierspark" and its milestones) and one user per role.
 * Returns null without touching anything when the database already holds users or partnerships.
 */
export async function seedDemoIfEmpty(models: Models): Promise<DemoLogin[] | null> {
  const [users, partnerships] = await Promise.all([
    models.User.estimatedDocumentCount(),
    models.Partnership.estimatedDocumentCount(),
  ]);
  if (users > 0 || partnerships > 0) return null;

  const passwordHash = await hashPassword(demoPassword);
  const created = await models.User.insertMany(demoUsers.map(({ membership: _m, isGuest: _g, ...user }) => ({ ...user, passwordHash })));
  const owner = created[1];
  if (!owner) throw new Error('demo seed: owner missing');
  // One day for the plan's timeline and the milestones' due dates. The partnership and its members
  // date from two weeks before the kick-off visit, so that no history comes before they "joined".
  const now = new Date();
  const founded = daysFrom(now, demoSchedule.kickoffVisit - 14);
  const partnership = await models.Partnership.create({
    name: 'Wolfsburg – Jendouba',
    municipalities: [
      { name: 'Wolfsburg', country: 'DE', language: 'de', timeZone: 'Europe/Berlin' },
      { name: 'Jendouba', country: 'TN', language: 'fr', timeZone: 'Africa/Tunis' },
    ],
    themes: ['green_spaces', 'urban_development'],
    description:
      'Gemeinsame Planung eines Quartiersparks in Jendouba · Planification commune d’un parc de quartier à Jendouba',
    startsOn: '2026-03-01',
    endsOn: '2027-12-31',
    createdBy: owner._id,
    createdAt: founded,
  });
  await models.Membership.insertMany(
    demoUsers.flatMap((user, index) => {
      const record = created[index];
      return user.membership && record
        ? [{ partnershipId: partnership._id, userId: record._id, ...user.membership, createdAt: founded }]
        : [];
    }),
  );
  const [, anna, karim, sofia, , claire, youssef] = created;
  if (!anna || !karim || !sofia || !claire || !youssef) throw new Error('demo seed: users missing');
  await seedDemoConsultations(models, partnership._id, { owner: anna, member: karim, expert: sofia, coordinator: claire, guest: youssef });
  const plan = await seedDemoPlan(models, partnership._id, { owner: anna, member: karim }, now);
  await seedDemoMilestones(models, partnership._id, { owner: anna, member: karim, expert: sofia }, plan, now);
  return demoUsers.map((user) => ({ email: user.email, role: user.membership?.role ?? (user.isGuest ? 'invited expert' : user.globalRole) }));
}
