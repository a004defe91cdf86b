import { randomUUID } from 'node:crypto';
import type { Types } from 'mongoose';
import type { Models } from '../../models.ts';
import type { SeedUser } from '../../seed/seed-user.ts';

const minuteMs = 60 * 1000;

/**
 * The demo's chat: General with a short exchange in German, French and Arabic, and a consultation in
 * three days, to which the member expert, an external expert (`guest`, not a member) and the
 * coordinator are invited.
 */
export async function seedDemoConsultations(
  models: Models,
  partnershipId: Types.ObjectId,
  people: { owner: SeedUser; member: SeedUser; expert: SeedUser; coordinator: SeedUser; guest: SeedUser },
): Promise<void> {
  const startsAt = new Date();
  startsAt.setUTCDate(startsAt.getUTCDate() + 3);
  startsAt.setUTCHours(9, 0, 0, 0);
  const [general, consultation] = await models.Channel.insertMany([
    { _id: partnershipId, partnershipId, kind: 'general', title: 'General', createdBy: people.owner._id },
    {
      partnershipId,
      kind: 'consultation',
      title: 'Bewässerung des Quartiersparks · Irrigation du parc',
      consultation: {
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * minuteMs),
        agenda: '1. Wasserbedarf und Regenwassernutzung / Besoins en eau\n2. Pflanzenauswahl / Choix des plantes\n3. Nächste Schritte / Prochaines étapes',
        meetingUrl: 'https://meet.jit.si/Jumelage-Wolfsburg-Jendouba',
        expertIds: [people.expert._id, people.guest._id],
        coordinatorIds: [people.coordinator._id],
      },
      createdBy: people.owner._id,
    },
  ]);
  if (!general || !consultation) throw new Error('demo seed: channels missing');

  const now = Date.now();
  const lines: Array<[typeof general, SeedUser, string]> = [
    [general, people.owner, 'Hallo zusammen! Die Entwürfe für den Park sind im Plan „Quartierspark“.'],
    [general, people.member, 'Merci Anna ! Nous les regardons avec le service technique cette semaine.'],
    [general, people.member, 'شكراً، سنرسل ملاحظاتنا قبل الاجتماع.'],
    [consultation, people.expert, 'Ich bringe Daten zum Wasserbedarf trockenheitsresistenter Arten mit.'],
  ];
  await models.Message.insertMany(
    lines.map(([channel, author, body], index) => ({
      channelId: channel._id,
      partnershipId,
      authorId: author._id,
      authorName: author.name,
      clientId: randomUUID(),
      body,
      createdAt: new Date(now - (lines.length - index) * minuteMs),
    })),
  );
}
