import { milestoneLimits } from '@jumelage/contracts/constants';
import type { ChatMessage } from '@jumelage/contracts/consultations';
import { path } from '../../lib/api.ts';
import { truncate } from './chatFormat.ts';

/** Keeps the URL well below common request-line limits should the board page be reloaded. */
export const draftDescriptionMax = Math.min(1500, milestoneLimits.descriptionLength);

/**
 * "From talk to work": the milestone board's address with a new milestone prefilled from a
 * message (`?new=1&title=…&description=…&fromChannel=…`); the board reads these parameters and
 * then drops them. Cancelling the dialog goes back to the channel.
 */
export function milestoneDraftUrl(
  partnershipId: string,
  message: ChatMessage,
  source: string,
): string {
  const firstLine =
    message.body
      .split('\n')
      .map((line) => line.trim())
      .find(Boolean) ?? '';
  const title = truncate(firstLine, milestoneLimits.titleLength);
  const description = `${truncate(message.body, draftDescriptionMax - source.length - 2)}\n\n${source}`;
  const query = new URLSearchParams({
    new: '1',
    title,
    description,
    fromChannel: message.channelId,
  });
  return `${path`/p/${partnershipId}/milestones`}?${query}`;
}
