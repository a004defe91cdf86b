import { describe, expect, it } from 'vitest';
import { linkHref } from './linkHref.ts';

describe('link targets', () => {
  it('accepts web addresses and e-mail links', () => {
    expect(linkHref('https://wolfsburg.de/partner')).toBe('https://wolfsburg.de/partner');
    expect(linkHref(' http://example.org ')).toBe('http://example.org');
    expect(linkHref('mailto:anna@example.org')).toBe('mailto:anna@example.org');
  });

  it('completes addresses typed without a scheme', () => {
    expect(linkHref('jendouba.tn')).toBe('https://jendouba.tn');
    expect(linkHref('karim@jendouba.example')).toBe('mailto:karim@jendouba.example');
    expect(linkHref('www.example.org:8080/park')).toBe('https://www.example.org:8080/park');
    expect(linkHref('localhost:3000')).toBe('https://localhost:3000');
  });

  it('refuses other schemes and empty input', () => {
    expect(linkHref('javascript:alert(1)')).toBeNull();
    expect(linkHref('java\nscript:alert(1)')).toBeNull();
    expect(linkHref('data:text/html,<b>x</b>')).toBeNull();
    expect(linkHref('ftp://example.org')).toBeNull();
    expect(linkHref('javascript:0')).toBeNull();
    expect(linkHref('tel:110')).toBeNull();
    expect(linkHref('   ')).toBeNull();
  });
});
