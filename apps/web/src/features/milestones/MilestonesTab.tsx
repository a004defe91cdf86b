import { ComingSoon } from '../../components/ComingSoon.tsx';
import type { SpaceTabProps } from '../partnerships/spaceTabs.ts';

/** Placeholder until the milestones feature lands; it receives the partnership and the viewer's abilities. */
export function MilestonesTab(_props: SpaceTabProps) {
  return <ComingSoon />;
}
