import { errorStatus, type ErrorBody, type ErrorCode, type ErrorDetail } from '@jumelage/contracts/constants';

/** The one error family of the server; mapped to the REST error shape and to socket acks. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetail[],
    /** Extra payload for the client, e.g. the current resource on a version conflict. */
    readonly data?: unknown,
  ) {
    super(message);
  }

  get status(): number {
    return errorStatus[this.code];
  }

  toBody(): ErrorBody & { data?: unknown } {
    const error = { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
    return this.data === undefined ? { error } : { error, data: this.data };
  }
}

export const notFound = (what = 'Resource') => new AppError('not_found', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new AppError('forbidden', message);
export const unauthenticated = (message = 'Please log in') => new AppError('unauthenticated', message);
