import { describe, expect, it } from 'vitest';
import { linkParts } from './links.ts';

describe('links in messages', () => {
  it('turns web and email addresses into links and keeps the rest as text', () => {
    expect(linkParts('Plan: https://example.org/park?x=1, Fragen an info@jendouba.tn.')).toEqual([
      { kind: 'text', text: 'Plan: ' },
      { kind: 'link', text: 'https://example.org/park?x=1', href: 'https://example.org/park?x=1' },
      { kind: 'text', text: ', Fragen an ' },
      { kind: 'link', text: 'info@jendouba.tn', href: 'mailto:info@jendouba.tn' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('adds https to bare domains', () => {
    expect(linkParts('www.wolfsburg.de')).toEqual([
      { kind: 'link', text: 'www.wolfsburg.de', href: 'https://www.wolfsburg.de' },
    ]);
  });

  it('never links other schemes', () => {
    for (const text of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'ftp://x.org/a',
      'data:text/html,<b>x</b>',
    ]) {
      expect(
        linkParts(text).every((part) => part.kind === 'text'),
        text,
      ).toBe(true);
      expect(
        linkParts(text)
          .map((part) => part.text)
          .join(''),
      ).toBe(text);
    }
  });

  it('keeps markup as text and Arabic as it is', () => {
    const text = '<img src=x onerror=alert(1)> مرحبا example.com';
    const parts = linkParts(text);
    expect(parts.map((part) => part.text).join('')).toBe(text);
    expect(parts[0]).toEqual({ kind: 'text', text: '<img src=x onerror=alert(1)> مرحبا ' });
  });
});
