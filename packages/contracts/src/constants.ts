// Vocabulary shared by server and web. Deliberately free of zod so the web bundle can import it
// without pulling the schema library into the first load.

export const locales = ['de', 'fr', 'ar', 'en'] as const;
export type Locale = (typeof locales)[number];
export const rtlLocales: readonly Locale[] = ['ar'];

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
