import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@jumelage/contracts/consultations';
import { draftDescriptionMax, milestoneDraftUrl } from './milestoneDraft.ts';

const message = (body: string): ChatMessage => ({
  id: '65f000000000000000000001',
  channelId: 'c',
  partnershipId: 'p',
  clientId: 'x',
  author: { id: 'u', name: 'Karim' },
  body,
  createdAt: '2026-05-14T09:30:00.000Z',
  editedAt: null,
  deletedAt: null,
});

function paramsOf(url: string) {
  const [pathname, query] = url.split('?');
  return { pathname, params: new URLSearchParams(query) };
}

describe('a milestone drafted from a message', () => {
  it('links to the board with the first line as title and the text as description', () => {
    const { pathname, params } = paramsOf(
      milestoneDraftUrl(
        'abc',
        message('\n  Bewässerungsplan bis Juni & Kosten?\nDetails folgen'),
        '— Karim',
      ),
    );
    expect(pathname).toBe('/p/abc/milestones');
    expect(params.get('new')).toBe('1');
    expect(params.get('fromChannel')).toBe('c'); // where cancelling goes back to
    expect(params.get('title')).toBe('Bewässerungsplan bis Juni & Kosten?');
    expect(params.get('description')).toBe(
      '\n  Bewässerungsplan bis Juni & Kosten?\nDetails folgen\n\n— Karim',
    );
  });

  it('keeps title and description within their limits', () => {
    const { params } = paramsOf(milestoneDraftUrl('abc', message('م'.repeat(4000)), '— ليلى'));
    expect(params.get('title')?.length).toBe(200);
    expect(params.get('description')?.length).toBeLessThanOrEqual(draftDescriptionMax);
    expect(params.get('description')?.endsWith('— ليلى')).toBe(true);
  });
});
