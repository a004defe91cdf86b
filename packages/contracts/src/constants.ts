// Vocabulary shared by server and web. Deliberately free of zod so the web bundle can import it
// without pulling the schema library into the first load.

export const locales = ['de', 'fr', 'ar', 'en'] as const;
export type Locale = (typeof locales)[number];
/** A stored language as one of the app's, English for anything else (an older or foreign record). */
export const asLocale = (value: string | null | undefined): Locale =>
  locales.find((locale) => locale === value) ?? 'en';
export const rtlLocales: readonly Locale[] = ['ar'];
/** The direction a locale's text runs in (the base direction of a page or plan written in it). */
export const localeDirection = (locale: string): 'ltr' | 'rtl' =>
  rtlLocales.some((rtl) => rtl === locale) ? 'rtl' : 'ltr';

export const globalRoles = ['user', 'coordinator', 'admin'] as const;
export type GlobalRole = (typeof globalRoles)[number];

export const membershipRoles = ['owner', 'member', 'expert', 'observer'] as const;
export type MembershipRole = (typeof membershipRoles)[number];

export const partnershipStatuses = ['active', 'paused', 'completed'] as const;
export type PartnershipStatus = (typeof partnershipStatuses)[number];

/** Focus themes of the programme "Kommunale Zusammenarbeit Maghreb-Deutschland". */
export const themes = [
  'waste_management',
  'water_sanitation',
  'digital_administration',
  'energy_efficiency',
  'green_spaces',
  'urban_development',
  'mobility',
  'local_governance',
  'citizen_participation',
  'crisis_management',
  'economic_development',
  'culture_youth',
] as const;
export type Theme = (typeof themes)[number];

/** ISO 3166-1 alpha-2 codes of the countries the programme pairs. Others are accepted too. */
export const programmeCountries = ['DE', 'TN', 'MA', 'DZ'] as const;

export const errorCodes = [
  'validation_failed',
  'unauthenticated',
  'not_found',
  'forbidden',
  /** Sign-in to an account an administrator deactivated (said only after the right password). */
  'account_deactivated',
  'conflict',
  'rate_limited',
  'payload_too_large',
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const errorStatus: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  account_deactivated: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

export interface ErrorDetail {
  path: string;
  message: string;
}

/** The one error shape of every REST response and socket acknowledgement. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: ErrorDetail[] };
}

/**
 * The message of a validation detail naming an account that was deactivated (an expert invited by
 * email): the client says so instead of "no account uses this address".
 */
export const deactivatedAccountDetail = 'account deactivated';

export const limits = {
  nameLength: 120,
  emailLength: 254,
  passwordMinLength: 10,
  passwordMaxLength: 200,
  partnershipNameLength: 160,
  descriptionLength: 4000,
  municipalitiesMin: 2,
  municipalitiesMax: 6,
  themesMax: 8,
  jsonBodyBytes: 256 * 1024,
  pageSizeDefault: 50,
  pageSizeMax: 100,
  invitationDaysDefault: 14,
  invitationDaysMax: 90,
  /** Open invitation links listed per partnership or consultation (the newest). */
  openLinksListed: 100,
  loginAttemptsPerMinute: 10,
} as const;

export const sessionCookieName = 'jumelage_session';

export const milestoneStatuses = ['planned', 'in_progress', 'done', 'blocked'] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];

export const milestoneLimits = {
  titleLength: 200,
  descriptionLength: 4000,
  ownersMax: 10,
  perPartnership: 1000,
  /** Milestones due within this many days count as "due soon" (board highlight, overview list). */
  dueSoonDays: 14,
  /** A partnership with no activity for this many days is flagged "quiet" in the overview. */
  quietDays: 30,
} as const;

// Plans (collaborative documents) and their y-websocket endpoint.
export const planTemplateKeys = ['project_plan', 'consultation_minutes', 'blank'] as const;
export type PlanTemplateKey = (typeof planTemplateKeys)[number];

export const planLimits = {
  titleLength: 200,
  versionLabelLength: 120,
  agendaLength: 4000,
  participantsMax: 40,
  /** Characters of plain text kept as a plan's preview. */
  textPreviewLength: 280,
  /** The most plans one `GET /api/plans?ids=` asks about. */
  byIdMax: 100,
} as const;

/** The Yjs document name of a plan: the WebSocket URL is `/collab/plan:<planId>`. */
export const planDocName = (planId: string) => `plan:${planId}`;

export const collabLimits = {
  /** One WebSocket message from a client (an update, a sync step, an awareness state). */
  messageBytes: 2 * 1024 * 1024,
  /** A plan's whole encoded Yjs state; an update that would pass it is refused. */
  documentBytes: 8 * 1024 * 1024,
  /** Open connections to one plan, across all users. */
  connectionsPerDocument: 100,
  /** How long stored changes may wait in memory before they are written. */
  persistBatchMs: 100,
  /** Stored updates of one plan before they are compacted into a single state. */
  compactAfterUpdates: 500,
  /** Keepalive ping interval; a connection that misses one pong is dropped. */
  pingIntervalMs: 30_000,
  /**
   * Bytes waiting to be sent to one connection (a reader on a stalled link). Above it the
   * connection is closed and the client resyncs, receiving one merged difference instead of the
   * backlog. Larger than a whole document, so the first sync of the biggest plan always fits.
   */
  sendBacklogBytes: 10 * 1024 * 1024,
} as const;

/**
 * Close codes of the collab WebSocket. Refusals before the upgrade (no session: 401, foreign Origin
 * or malformed name: 403/404, no such plan or no access: 404) are plain HTTP statuses instead.
 * y-websocket's client stops reconnecting on 4400-4499 (the server's decision stands) and retries
 * on everything else, so "try again later" conditions use 4500-4599.
 */
export const collabCloseCodes = {
  /** A message that is not a valid y-websocket message. */
  malformedMessage: 4400,
  /** The session expired while connected; the user has to log in again. */
  sessionExpired: 4401,
  /** The user lost access (removed from the partnership, or logged out). */
  accessRevoked: 4403,
  /** The plan was deleted. */
  planDeleted: 4404,
  /** A message larger than collabLimits.messageBytes (grossly larger frames end with 1009). */
  messageTooLarge: 4413,
  /** An update that would make the document larger than collabLimits.documentBytes. */
  documentTooLarge: 4414,
  /** The server is shutting down; reconnect shortly. */
  serverShuttingDown: 4503,
  /** More than collabLimits.sendBacklogBytes waited for this client; it reconnects and resyncs. */
  sendBacklogTooLarge: 4507,
  /** The user's role changed; reconnecting applies the new rights (e.g. read-only). */
  accessChanged: 4509,
  /** The plan already has collabLimits.connectionsPerDocument connections; retried later. */
  tooManyConnections: 4529,
} as const;
export type CollabCloseCode = (typeof collabCloseCodes)[keyof typeof collabCloseCodes];

/**
 * The reason of the y-protocols "permission denied" message the collab server sends once per
 * connection when a read-only connection sent content the plan does not have (it was dropped).
 */
export const collabReadOnlyRefusal = 'read-only';

// Consultations (chat): vocabulary and limits the web needs without zod.
export const channelKinds = ['general', 'consultation'] as const;
export type ChannelKind = (typeof channelKinds)[number];

/** What the last change of a consultation's date was: new times, called off, or back on. */
export const consultationChangeKinds = ['moved', 'cancelled', 'reinstated'] as const;
export type ConsultationChangeKind = (typeof consultationChangeKinds)[number];

/** Host names a video-call link may have: a domain with a top-level domain (no bare names, no IPs). */
export const meetingHostPattern = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;

/**
 * Where a consultation stands relative to now: `live` between its start and its end. `cancelled`
 * wins over the times: a consultation called off keeps its channel and messages.
 */
export const consultationPhases = ['upcoming', 'live', 'past', 'cancelled'] as const;
export type ConsultationPhase = (typeof consultationPhases)[number];

/** Still to take part in (upcoming or live), as opposed to over or called off. */
export const isComingPhase = (phase: ConsultationPhase | null | undefined): boolean => phase === 'upcoming' || phase === 'live';

export const chatLimits = {
  /** Message bodies are trimmed, then must hold 1..4000 characters (UTF-16 code units, like String.length). */
  messageBodyLength: 4000,
  /** Sends, edits and deletes per user and second; more are answered with `rate_limited`. */
  messagesPerSecond: 5,
  /** typing:start/stop per user and second (each costs a permission check). */
  typingPerSecond: 10,
  channelTitleLength: 160,
  agendaLength: 8000,
  /** The address of a consultation's video call. */
  meetingUrlLength: 2000,
  inviteesMax: 50,
  messagePageSizeDefault: 50,
  messagePageSizeMax: 100,
  /** Unread counts stop counting here; show "99+" from this value on. */
  unreadCountMax: 100,
  /** GET /api/consultations lists this many: live and upcoming ones first, then the latest past ones. */
  invitedConsultationsMax: 50,
  /** The calendar feed of one's consultations (GET /api/consultations.ics): from this many days ago on… */
  feedPastDays: 90,
  /** …and at most this many, soonest first. */
  feedConsultationsMax: 500,
  /**
   * Addresses a user may look up per hour when inviting experts by email (expertEmails); more are
   * answered with `rate_limited`. Each says whether an account exists, so this bounds the probing.
   */
  expertEmailsPerHour: 30,
  /** GET /api/coordinators lists this many. */
  coordinatorsMax: 200,
  /** A typing indicator that is not renewed (typing:start again) within this time disappears. */
  typingTimeoutMs: 5000,
} as const;
