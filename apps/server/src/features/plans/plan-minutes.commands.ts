import mongoose, { type Types } from 'mongoose';
import { asLocale } from '@jumelage/contracts/constants';
import type { OpenMinutesBody } from '@jumelage/contracts/plans';
import { buildTemplate } from '@jumelage/editor/templates';
import type { AppContext } from '../../context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { ChannelDoc } from '../consultations/channels.model.ts';
import type { UserDoc } from '../users/users.model.ts';
import { insertPlan } from './plans.commands.ts';
import type { PlanDoc } from './plans.model.ts';

/** How long a claimed id whose plan is not there yet counts as being made (then as lost). */
const makingMs = 10_000;
const retryMs = 100;
const attempts = 60;

const isBeingMade = (id: Types.ObjectId) => Date.now() - id.getTimestamp().getTime() < makingMs;
const pause = () => new Promise((resolve) => setTimeout(resolve, retryMs));

/**
 * The plan of a consultation's minutes, one for both municipalities. The first to start them
 * claims a fresh id on the consultation (an update on the condition that it still names what was
 * read, so presses at the same moment agree on one) and only that request makes the plan, from
 * the minutes template, in its language and with the agenda; everyone else opens it, waiting for
 * it while it is being made. A minutes plan that was deleted is made again under a new id: a
 * browser's offline copy of the old one could otherwise bring its deleted text back into it.
 * `isClaimed`: this call set the id (the consultation's readers are told).
 */
export async function openMinutes(ctx: AppContext, channel: ChannelDoc, user: UserDoc, body: OpenMinutesBody): Promise<{ record: PlanDoc; isNew: boolean; isClaimed: boolean }> {
  const { models } = ctx;
  let named: Types.ObjectId | null = channel.consultation?.minutesPlanId ?? null;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const existing = named ? await models.Plan.findOne({ _id: named, partnershipId: channel.partnershipId }) : null;
    if (existing) return { record: existing, isNew: false, isClaimed: false };
    if (named && isBeingMade(named)) {
      await pause();
    } else {
      const chosen = new mongoose.Types.ObjectId();
      const claimed = await models.Channel.findOneAndUpdate(
        { _id: channel._id, 'consultation.minutesPlanId': named ?? mongoose.trusted({ $exists: false }) },
        { $set: { 'consultation.minutesPlanId': chosen } },
      );
      if (claimed) {
        const locale = body.locale ?? asLocale(user.locale);
        const content = buildTemplate('consultation_minutes', { locale, title: body.title, agenda: body.agenda });
        const made = { partnershipId: channel.partnershipId, title: body.title, templateKey: 'consultation_minutes' as const, locale, createdBy: user._id };
        return { record: await insertPlan(models, made, content, chosen), isNew: true, isClaimed: true };
      }
    }
    // Someone else claimed one meanwhile (or is still making it): read what the consultation names.
    const current = await models.Channel.findById(channel._id);
    if (!current?.consultation) throw notFound('Consultation');
    named = current.consultation.minutesPlanId ?? null;
  }
  throw new AppError('conflict', 'The minutes are being made by someone else; try again in a moment');
}
