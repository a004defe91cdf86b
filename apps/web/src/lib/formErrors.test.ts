import { describe, expect, it } from 'vitest';
import { deactivatedAccountDetail } from '@jumelage/contracts/constants';
import { ApiError } from './api.ts';
import { remainingProblems, serverFieldErrors } from './formErrors.ts';

describe('field problems after an edit', () => {
  it('drops a problem once the browser no longer finds it, also one mended by another field', () => {
    const previous = {
      title: { kind: 'required' },
      endsOn: { kind: 'dateTooEarly', date: '2027-01-01' },
    } as const;
    // The start date was cleared: the end date no longer has a minimum; the title is still empty.
    expect(remainingProblems(previous, { title: { kind: 'required' } }, 'startsOn')).toEqual({
      title: { kind: 'required' },
    });
  });

  it("takes the browser's current word for a problem that stands", () => {
    const previous = { endsOn: { kind: 'dateTooEarly', date: '2027-01-01' } } as const;
    const current = { endsOn: { kind: 'dateTooEarly', date: '2027-02-01' } } as const;
    expect(remainingProblems(previous, current, 'startsOn')).toEqual(current);
  });

  it("keeps the server's word on untouched fields and drops it on the one changed", () => {
    const previous = { email: { kind: 'taken' }, 'expertEmails.1': { kind: 'rejected' } } as const;
    expect(remainingProblems(previous, {}, 'expertEmails')).toEqual({ email: { kind: 'taken' } });
    expect(remainingProblems(previous, {}, 'email')).toEqual({
      'expertEmails.1': { kind: 'rejected' },
    });
  });

  it('reports nothing new before the form is sent again', () => {
    expect(remainingProblems({}, { title: { kind: 'required' } }, 'title')).toEqual({});
  });
});

describe("the server's field problems", () => {
  it('tells an address of a deactivated account from one without an account', () => {
    const error = new ApiError('validation_failed', 'The request is not valid', 400, [
      { path: 'expertEmails.0', message: deactivatedAccountDetail },
      { path: 'expertEmails.1', message: 'no account with this email' },
    ]);
    expect(serverFieldErrors(error)).toEqual({
      'expertEmails.0': { kind: 'deactivated' },
      'expertEmails.1': { kind: 'rejected' },
    });
    // It stays until the field is edited, like any word of the server.
    expect(remainingProblems(serverFieldErrors(error), {}, 'title')).toEqual(
      serverFieldErrors(error),
    );
  });
});
