import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import mongoose from 'mongoose';
import { startTestServer, type TestServer } from '@jumelage/test-utils';

// FerretDB's SQLite backend scans every collection whatever the indexes (DESIGN.md section 3), so
// query plans are only worth checking where the engine is MongoDB.
const isMongoDb = inject('dbEngine') !== 'ferretdb';

let server: TestServer;
beforeAll(async () => {
  if (isMongoDb) server = await startTestServer();
});
afterAll(async () => {
  if (isMongoDb) await server.close();
});

const id = () => new mongoose.Types.ObjectId();
const usesAnIndex = (plan: unknown) => {
  const text = JSON.stringify(plan);
  return text.includes('IXSCAN') && !text.includes('COLLSCAN');
};

describe.runIf(isMongoDb)('chat queries are served by indexes', () => {
  it('history pages, retried sends, newest messages, unread counts, read markers, channel lists, invitations, open links and coordinators', async () => {
    const { Message, Channel, ReadMarker } = server.models;
    const plans = await Promise.all([
      Message.find({ channelId: id(), _id: mongoose.trusted({ $gt: id() }) }).sort({ _id: 1 }).limit(51).explain('queryPlanner'),
      Message.find({ channelId: id(), _id: mongoose.trusted({ $lt: id() }) }).sort({ _id: -1 }).limit(51).explain('queryPlanner'),
      Message.findOne({ channelId: id(), clientId: 'c' }).explain('queryPlanner'),
      Message.findOne({ channelId: id() }, { createdAt: 1 }).sort({ _id: -1 }).explain('queryPlanner'),
      Message.find({ channelId: id(), _id: mongoose.trusted({ $gt: id() }), authorId: mongoose.trusted({ $ne: id() }), deletedAt: null })
        .limit(100)
        .explain('queryPlanner'),
      ReadMarker.find({ userId: id(), channelId: mongoose.trusted({ $in: [id(), id()] }) }).explain('queryPlanner'),
      Channel.find({ partnershipId: id() }).explain('queryPlanner'),
      server.models.User.find({ globalRole: 'coordinator' }).sort({ name: 1 }).limit(200).explain('queryPlanner'),
      server.models.Membership.findOne({ userId: id(), role: mongoose.trusted({ $in: ['owner', 'member'] }) }).explain('queryPlanner'),
      Channel.find({ kind: 'consultation', 'consultation.endsAt': mongoose.trusted({ $gt: new Date() }), $or: [{ 'consultation.expertIds': id() }, { 'consultation.coordinatorIds': id() }] })
        .sort({ 'consultation.startsAt': 1 })
        .limit(50)
        .explain('queryPlanner'),
      // Open invitation links of a consultation and of a partnership.
      server.models.ExpertLink.find({ channelId: id(), acceptedBy: null, expiresAt: mongoose.trusted({ $gt: new Date() }) }).sort({ createdAt: -1 }).limit(100).explain('queryPlanner'),
      server.models.Invitation.find({ partnershipId: id(), acceptedBy: null, expiresAt: mongoose.trusted({ $gt: new Date() }) }).sort({ createdAt: -1 }).limit(100).explain('queryPlanner'),
    ]);
    for (const plan of plans) expect(usesAnIndex(plan)).toBe(true);
  });
});
