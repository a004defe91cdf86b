import {
  errorCodes,
  type ErrorBody,
  type ErrorCode,
  type ErrorDetail,
} from '@jumelage/contracts/constants';
import { currentSocketId } from './socket.ts';

/** A failed API call with the server's error code; network failures use the code `unavailable`. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetail[];
  /** Extra payload of some errors, e.g. the current milestone with a 409 conflict. */
  readonly data: unknown;

  constructor(code: ErrorCode, message: string, status: number, details: ErrorDetail[] = [], data?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
    this.data = data;
  }

  /** Whether the server rejected the field at `path` (dot-joined, e.g. `municipalities.0.name`). */
  hasFieldError(path: string): boolean {
    return this.details.some((d) => d.path === path || d.path.startsWith(`${path}.`));
  }
}

function isErrorCode(value: unknown): value is ErrorCode {
  return errorCodes.some((code) => code === value);
}

function isErrorDetail(value: unknown): value is ErrorDetail {
  return (
    typeof value === 'object' &&
    value !== null &&
    'path' in value &&
    typeof value.path === 'string' &&
    'message' in value &&
    typeof value.message === 'string'
  );
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) {
    const { code, message, details } = body.error;
    const knownCode = isErrorCode(code) ? code : 'internal';
    const validDetails = Array.isArray(details) ? details.filter(isErrorDetail) : [];
    const data = typeof body === 'object' && body !== null && 'data' in body ? body.data : undefined;
    return new ApiError(knownCode, String(message), status, validDetails, data);
  }
  if (status === 502 || status === 503 || status === 504) {
    return new ApiError('unavailable', 'Service unavailable', status);
  }
  return new ApiError('internal', `Unexpected response (${status})`, status);
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(method !== 'GET' && currentSocketId() ? { 'X-Socket-Id': currentSocketId() } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError('unavailable', 'Network request failed', 0);
  }

  const text = await response.text();
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  if (!response.ok) throw toApiError(response.status, json);
  // The boundary: the server answers with the contract's shapes (validated on its side).
  return json as T;
}

/** Paths are same-origin URLs such as `/api/partnerships`; encode dynamic segments with `path`. */
export const api = {
  get: <T>(url: string, signal?: AbortSignal) => request<T>('GET', url, undefined, signal),
  post: <T>(url: string, body?: unknown) => request<T>('POST', url, body ?? {}),
  patch: <T>(url: string, body: unknown) => request<T>('PATCH', url, body),
  /** Most deletes answer 204 (undefined); undoing a state (a deactivation) answers the resource. */
  delete: <T = undefined>(url: string) => request<T>('DELETE', url),
};

/** Builds a URL from literal parts and encoded dynamic segments: path`/api/p/${id}`. */
export function path(strings: TemplateStringsArray, ...segments: string[]): string {
  return strings.reduce(
    (url, part, index) =>
      url + part + (index < segments.length ? encodeURIComponent(segments[index] ?? '') : ''),
    '',
  );
}

/** Any thrown value as an ApiError, so callers can always show a translated message. */
export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError('internal', String(error), 0);
}
