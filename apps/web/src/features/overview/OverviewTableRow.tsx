import type { OverviewRow } from '@jumelage/contracts/overview';
import {
  LastActivity,
  NextDue,
  OverdueFigure,
  PartnershipLink,
  PartnershipPlaces,
  PartnershipStatusTag,
  ProgressFigure,
  ThemeTags,
} from './OverviewFigures.tsx';
import { StatusCounts } from './StatusCounts.tsx';

/** One partnership: figures only; links lead to its board (coordinators may read milestones). */
export function OverviewTableRow({ row, now }: { row: OverviewRow; now: number }) {
  return (
    <tr
      className={row.isQuiet ? 'overview-row overview-row--quiet' : 'overview-row'}
      data-partnership-id={row.partnership.id}
    >
      <th scope="row">
        <PartnershipLink row={row} />
        <PartnershipPlaces row={row} />
        <PartnershipStatusTag row={row} />
      </th>
      <td>
        <ThemeTags themes={row.partnership.themes} />
      </td>
      <td>
        <StatusCounts counts={row.counts} total={row.total} />
      </td>
      <td>
        <ProgressFigure percentDone={row.percentDone} />
      </td>
      <td>
        <OverdueFigure count={row.overdue} />
      </td>
      <td>
        <NextDue row={row} />
      </td>
      <td>
        <LastActivity row={row} now={now} />
      </td>
    </tr>
  );
}
