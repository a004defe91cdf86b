import type { Prefill } from './usePrefill.ts';
import type { MilestoneStatus } from '@jumelage/contracts/constants';
import type { Milestone, MilestoneAbilities } from '@jumelage/contracts/milestones';
import { lazyPage } from '../../lib/lazyPage.ts';
import type { OwnerDirectory } from './owners.ts';

export interface CreateMilestoneDialogProps {
  partnershipId: string;
  owners: OwnerDirectory;
  /** The board's plan titles by id, kept current (null: plans not readable here). */
  plans: ReadonlyMap<string, string> | null;
  initialStatus: MilestoneStatus;
  /** Title and description to start from (e.g. "create milestone" on a chat message). */
  prefill?: Prefill | null;
  /** The board's live milestones: a create whose answer was lost still arrives here. */
  milestones: readonly Milestone[] | undefined;
  onCreated: (milestone: Milestone) => void;
  onClose: () => void;
}

export interface MilestoneDetailProps {
  partnershipId: string;
  milestoneId: string;
  /** The live state from the board; undefined while loading or once deleted. */
  milestone: Milestone | undefined;
  isBoardLoaded: boolean;
  abilities: MilestoneAbilities;
  owners: OwnerDirectory;
  canReadPlans: boolean;
  /** The board's plan titles by id, kept current (null: plans not readable here). */
  plans: ReadonlyMap<string, string> | null;
  today: string;
  onSaved: (milestone: Milestone) => void;
  onDeleted: (milestone: Milestone) => void;
  onClose: () => void;
}

// The forms, the history and the conflict handling are a chunk of their own: the board opens
// without them and fetches them on first use (or right after the board appears, see MilestonesTab).
export const createDialog = lazyPage<CreateMilestoneDialogProps>(() =>
  import('./CreateMilestoneDialog.tsx').then((m) => m.CreateMilestoneDialog),
);
export const detailDialog = lazyPage<MilestoneDetailProps>(() =>
  import('./MilestoneDetail.tsx').then((m) => m.MilestoneDetail),
);
