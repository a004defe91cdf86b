import type { Partnership, PartnershipAbilities } from '@jumelage/contracts/partnerships';
import { lazyPage, type LazyPage } from '../../lib/lazyPage.ts';

export const spaceTabs = ['plans', 'consultations', 'milestones', 'members'] as const;
export type SpaceTab = (typeof spaceTabs)[number];

/** What every tab of a partnership space receives. */
export interface SpaceTabProps {
  partnership: Partnership;
  abilities: PartnershipAbilities;
}

export function isSpaceTab(value: string | undefined): value is SpaceTab {
  return spaceTabs.some((tab) => tab === value);
}

/** The tabs the viewer may open, decided by the server's abilities (plans need readPlans). */
export function visibleTabs(abilities: PartnershipAbilities): SpaceTab[] {
  return spaceTabs.filter((tab) => (tab === 'plans' ? abilities.readPlans : abilities.read));
}

// Each tab is its own chunk: the plans editor, once it exists, must not weigh on the other tabs.
export const tabPanels: Record<SpaceTab, LazyPage<SpaceTabProps>> = {
  plans: lazyPage(() => import('../plans/PlansTab.tsx').then((m) => m.PlansTab)),
  consultations: lazyPage(() =>
    import('../consultations/ConsultationsTab.tsx').then((m) => m.ConsultationsTab),
  ),
  milestones: lazyPage(() =>
    import('../milestones/MilestonesTab.tsx').then((m) => m.MilestonesTab),
  ),
  members: lazyPage(() => import('./MembersTab.tsx').then((m) => m.MembersTab)),
};
