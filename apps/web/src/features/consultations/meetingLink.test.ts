import { describe, expect, it } from 'vitest';
import { meetingHost, normalizeMeetingUrl } from './meetingLink.ts';

describe('normalizeMeetingUrl', () => {
  it('keeps web addresses, adds https to one written without it, and takes blank as none', () => {
    expect(normalizeMeetingUrl(' https://meet.jit.si/Wolfsburg-Jendouba ')).toBe(
      'https://meet.jit.si/Wolfsburg-Jendouba',
    );
    expect(normalizeMeetingUrl('http://bbb.example.org/b/x')).toBe('http://bbb.example.org/b/x');
    expect(normalizeMeetingUrl('meet.jit.si/Park')).toBe('https://meet.jit.si/Park');
    expect(normalizeMeetingUrl('   ')).toBe('');
  });

  it('refuses what is not a web address', () => {
    for (const input of [
      'javascript:alert(1)',
      'mailto:a@b.de',
      'Videokonferenz',
      'https://intranet/x',
    ]) {
      expect(normalizeMeetingUrl(input), input).toBeNull();
    }
    expect(normalizeMeetingUrl(`https://a.de/${'x'.repeat(2000)}`)).toBeNull();
  });
});

describe('meetingHost', () => {
  it('names the service by its host', () => {
    expect(meetingHost('https://meet.jit.si/Wolfsburg-Jendouba?lang=de')).toBe('meet.jit.si');
  });
});
