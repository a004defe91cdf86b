import { describe, expect, it } from 'vitest';
import { isLinkable, isSafeHref } from './links.ts';
import { getPlanSchema } from './schema.ts';

describe('links', () => {
  it.each(['https://example.org/a?b=c', 'http://example.org', 'mailto:someone@example.org', 'HTTPS://EXAMPLE.ORG'])('allows %s', (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///etc/passwd',
    '/relative/path',
    '//example.org',
    '',
  ])('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });

  it.each(['www.wolfsburg.de/park', 'WWW.jendouba.gov.tn', 'info@jendouba.gov.tn', 'https://example.org'])('links %s when typed', (text) => {
    expect(isLinkable(text)).toBe(true);
  });

  it.each(['wolfsburg', 'javascript:alert(1)', 'www.', 'a@b', 'data:text/html,x@y.de', '/www.example.org'])('does not link %j when typed', (text) => {
    expect(isLinkable(text)).toBe(false);
  });

  it('refuses unsafe links when HTML is pasted into the editor', () => {
    const rule = getPlanSchema().marks.link?.spec.parseDOM?.[0];
    // Node has no DOM: a stand-in element offers the one method the parse rule reads.
    const pasted = (href: string) => ({ getAttribute: (name: string) => (name === 'href' ? href : null) }) as never;
    const parse = (href: string) => (rule && 'tag' in rule ? rule.getAttrs?.(pasted(href)) : 'no rule');
    expect(parse('javascript:alert(1)')).toBe(false);
    expect(parse('https://example.org')).toEqual({ href: 'https://example.org' });
  });
});
