import mongoose from 'mongoose';
import type { AppContext } from '../../context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import type { Models } from '../../models.ts';
import type { GlobalRole } from '@jumelage/contracts/constants';
import { activeAccounts, type UserDoc } from './users.model.ts';

/** Administrators who can still sign in: the platform keeps at least one. */
const activeAdminCount = (models: Models) => models.User.countDocuments({ globalRole: 'admin', ...activeAccounts() });

const lastAdmin = () => new AppError('conflict', 'The platform needs at least one administrator');

/**
 * Sets an account's global role; its open tabs and connections follow (`globalRoleChanged`). Two
 * administrators demoting each other at the same moment both pass the route's checks (each is
 * still an administrator when asked): whoever then finds none active undoes their change.
 */
export async function changeGlobalRole(ctx: AppContext, userId: string, globalRole: GlobalRole): Promise<UserDoc> {
  const { models } = ctx;
  const target = await models.User.findById(userId);
  if (!target) throw notFound('User');
  const before = target.globalRole;
  if (before === globalRole) return target;
  const setRole = async (role: string) => {
    const stored = await models.User.findOneAndUpdate({ _id: target._id }, { $set: { globalRole: role } }, { returnDocument: 'after' });
    if (!stored) throw notFound('User');
    return stored;
  };
  const changed = await setRole(globalRole);
  if (before === 'admin' && (await activeAdminCount(models)) === 0) {
    await setRole(before);
    // A connection opened meanwhile may have read the lower role: it gets the restored one.
    ctx.realtime.globalRoleChanged(target.id, before);
    throw lastAdmin();
  }
  ctx.realtime.globalRoleChanged(target.id, globalRole);
  return changed;
}

/**
 * Deactivates an account: it cannot sign in, its calendar feed secret is dropped, its live
 * connections end and its sessions are deleted. Memberships and everything it wrote stay (partners
 * still read its name). An account already deactivated is answered as it is.
 */
export async function deactivateAccount(ctx: AppContext, userId: string): Promise<UserDoc> {
  const { models } = ctx;
  const at = new Date();
  const changed = await models.User.findOneAndUpdate(
    { _id: userId, ...activeAccounts() },
    { $set: { deactivatedAt: at }, $unset: { calendarTokenHash: 1 } },
    { returnDocument: 'after' },
  );
  if (!changed) {
    const current = await models.User.findById(userId);
    if (!current) throw notFound('User');
    return current;
  }
  // Two administrators deactivating each other at the same moment: whoever finds none active
  // undoes what this request set (and only that).
  if (changed.globalRole === 'admin' && (await activeAdminCount(models)) === 0) {
    await models.User.updateOne({ _id: changed._id, deactivatedAt: at }, { $unset: { deactivatedAt: 1 } });
    throw lastAdmin();
  }
  // First the live connections: they do not ask again at each message, so they must not outlive a
  // failed delete below.
  ctx.realtime.disconnectUser(changed.id);
  await models.Session.deleteMany({ userId: changed._id });
  return changed;
}

/**
 * Lets the account sign in again. Sessions are deleted first: one created by a sign-in that raced
 * the deactivation was refused while it lasted, and must not come back with the account.
 */
export async function reactivateAccount(ctx: AppContext, userId: string): Promise<UserDoc> {
  const { models } = ctx;
  await models.Session.deleteMany({ userId });
  const stored = await models.User.findOneAndUpdate({ _id: userId }, { $unset: { deactivatedAt: 1 } }, { returnDocument: 'after' });
  if (!stored) throw notFound('User');
  return stored;
}

/**
 * The partnerships where `userId` is the only owner whose account is active: deactivating it would
 * leave nobody there to manage members (an administrator can still name another owner).
 */
export async function soleOwnerships(models: Models, userId: string): Promise<Array<{ id: string; name: string }>> {
  const owned = await models.Membership.find({ userId, role: 'owner' }, { partnershipId: 1 }).lean();
  if (owned.length === 0) return [];
  const partnershipIds = owned.map((membership) => membership.partnershipId);
  const owners = await models.Membership.find({ partnershipId: mongoose.trusted({ $in: partnershipIds }), role: 'owner' }, { partnershipId: 1, userId: 1 }).lean();
  const active = await models.User.find({ _id: mongoose.trusted({ $in: owners.map((owner) => owner.userId) }), ...activeAccounts() }, { _id: 1 }).lean();
  const isActive = new Set(active.map((user) => String(user._id)));
  const othersActive = new Set(owners.flatMap((owner) => (String(owner.userId) !== userId && isActive.has(String(owner.userId)) ? [String(owner.partnershipId)] : [])));
  const alone = partnershipIds.filter((id) => !othersActive.has(String(id)));
  if (alone.length === 0) return [];
  const partnerships = await models.Partnership.find({ _id: mongoose.trusted({ $in: alone }) }, { name: 1 }).sort({ name: 1 }).lean();
  return partnerships.map((partnership) => ({ id: String(partnership._id), name: partnership.name }));
}
