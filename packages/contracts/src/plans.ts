import { z } from 'zod';
import { locales, planLimits, planTemplateKeys, type Locale, type PlanTemplateKey } from './constants.ts';
import { clientChosenId, objectId } from './common.ts';

const planTitle = z.string().trim().min(1).max(planLimits.titleLength);

export const createPlanBody = z.strictObject({
  id: clientChosenId,
  title: planTitle,
  templateKey: z.enum(planTemplateKeys),
  /** Language of the template's headings and hints; default: the creator's locale. */
  locale: z.enum(locales).optional(),
  /** Consultation minutes only: one agenda item per line, prefilled into the agenda section. */
  agenda: z.string().max(planLimits.agendaLength).optional(),
});
export type CreatePlanBody = z.input<typeof createPlanBody>;

/**
 * POST /api/channels/:channelId/minutes: opens the consultation's minutes, made from the minutes
 * template the first time (with this title, language and agenda) and the same plan ever after.
 */
export const openMinutesBody = createPlanBody.omit({ id: true, templateKey: true });
export type OpenMinutesBody = z.input<typeof openMinutesBody>;

export const renamePlanBody = z.strictObject({ title: planTitle });
export type RenamePlanBody = z.infer<typeof renamePlanBody>;

const versionLabel = z.string().trim().min(1).max(planLimits.versionLabelLength);

export const createPlanVersionBody = z.strictObject({ id: clientChosenId, label: versionLabel });
export type CreatePlanVersionBody = z.infer<typeof createPlanVersionBody>;

/** `PATCH /api/plans/:planId/versions/:versionId`: a version's name (its content never changes). */
export const renamePlanVersionBody = z.strictObject({ label: versionLabel });
export type RenamePlanVersionBody = z.infer<typeof renamePlanVersionBody>;

export const planExportFormats = ['markdown', 'html'] as const;
export type PlanExportFormat = (typeof planExportFormats)[number];

export const planExportQuery = z.strictObject({ format: z.enum(planExportFormats).default('html') });

/**
 * `GET /api/plans?ids=a,b,c`: which of these plans the viewer may read (a device asks about the
 * copies it holds). Unknown and unreadable ids are left out of the answer, not refused.
 */
export const plansByIdQuery = z.strictObject({
  ids: z
    .string()
    .transform((ids) => ids.split(','))
    .pipe(z.array(objectId).min(1).max(planLimits.byIdMax)),
});

/** Everything the viewer may do with the plans of one partnership; computed by the server's policy. */
export interface PlanAbilities {
  /** Open the document (read-only collab connection at least), list versions, export. */
  read: boolean;
  /** Type in the document, rename, create and restore versions. */
  edit: boolean;
  delete: boolean;
}

export interface PlanAuthor {
  id: string;
  name: string;
}

export interface Plan {
  id: string;
  partnershipId: string;
  title: string;
  templateKey: PlanTemplateKey;
  /** The template's language at creation; also the document language of exports. */
  locale: Locale;
  /** The first characters of the document's plain text, one line per block, derived on store. */
  textPreview: string;
  /**
   * For each line of `textPreview`, the language its block was marked with; null for none. Absent
   * from answers of an older server, which a browser may still hold in its offline copy.
   */
  previewLanguages?: Array<Locale | null>;
  /** Bytes the document occupies in storage (its state plus not yet compacted updates). */
  sizeBytes: number;
  updatedAt: string;
  /** Who changed the document's content last; null before anyone typed. */
  updatedBy: PlanAuthor | null;
  createdAt: string;
}

export interface PlanVersion {
  id: string;
  /** Its name; for a version a restore kept, an English one (shown translated from `replacedAt`). */
  label: string;
  createdAt: string;
  createdBy: PlanAuthor;
  /** For the text a restore replaced, kept automatically as a version: when that restore was. */
  replacedAt: string | null;
  /**
   * For such a version: who sent text after the restore into what it removed (typed offline or
   * on its way), which the version holds (`plan-late-edits.ts`).
   */
  lateEditors: PlanAuthor[];
}

/** One version for viewing: its content as ProseMirror JSON and as sanitised HTML. */
export interface PlanVersionDetail extends PlanVersion {
  content: unknown;
  html: string;
}

/**
 * GET /api/plans/:planId/reading: the plan as HTML to read while the editor's code loads (the body
 * of the printable export, rendered on the server from the live document).
 */
export interface PlanReadingResponse {
  data: { html: string };
}

export interface PlanResponse {
  data: Plan;
  abilities: PlanAbilities;
}

/** The answer to `GET /api/plans?ids=`: the plans among those asked about that the viewer may read. */
export interface PlansByIdResponse {
  data: Plan[];
}

export interface PlanListResponse {
  data: Plan[];
  nextCursor: string | null;
  abilities: PlanAbilities;
}

/** Sent as `plan:updated` to the partnership's room after a change is stored, and on rename. */
export interface PlanChanged {
  partnershipId: string;
  plan: Plan;
}

export interface PlanDeleted {
  partnershipId: string;
  planId: string;
}

/**
 * Sent to the partnership's room as `planVersion:created` when someone saves a named version, as
 * `planVersion:renamed` when someone renames one, and as `planVersion:updated` when text sent late
 * into what a restore removed was added to the version that restore kept (`lateEditors`).
 */
export interface PlanVersionChanged {
  partnershipId: string;
  planId: string;
  version: PlanVersion;
}
