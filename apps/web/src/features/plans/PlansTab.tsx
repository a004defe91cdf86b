import { ComingSoon } from '../../components/ComingSoon.tsx';
import type { SpaceTabProps } from '../partnerships/spaceTabs.ts';

/** Placeholder until the plans feature lands; it receives the partnership and the viewer's abilities. */
export function PlansTab(_props: SpaceTabProps) {
  return <ComingSoon />;
}
