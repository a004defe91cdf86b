import type { ErrorRequestHandler, RequestHandler } from 'express';
import mongoose from 'mongoose';
import { AppError } from './errors.ts';
import { isDuplicateKey } from '../db.ts';

function isDatabaseUnreachable(error: unknown): boolean {
  return (
    error instanceof mongoose.mongo.MongoNetworkError ||
    error instanceof mongoose.mongo.MongoServerSelectionError ||
    error instanceof mongoose.mongo.MongoNotConnectedError ||
    (error instanceof Error && error.name === 'MongooseServerSelectionError')
  );
}

/** Maps anything thrown to an AppError; unknown errors become `internal` and are logged. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isDuplicateKey(error)) return new AppError('conflict', 'This already exists');
  if (isDatabaseUnreachable(error)) {
    return new AppError('unavailable', 'The database is unreachable; please try again shortly');
  }
  if (error instanceof Error && 'type' in error) {
    if (error.type === 'entity.too.large') return new AppError('payload_too_large', 'The request body is too large');
    if (error.type === 'entity.parse.failed') return new AppError('validation_failed', 'The request body is not valid JSON');
  }
  return new AppError('internal', 'Something went wrong on our side');
}

export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const appError = toAppError(error);
  if (appError.code === 'internal' || appError.code === 'unavailable') req.log.error({ err: error }, 'request failed');
  if (appError.code === 'rate_limited' && typeof appError.data === 'number') {
    res.setHeader('Retry-After', String(appError.data));
  }
  res.status(appError.status).json(appError.toBody());
};

export const apiNotFound: RequestHandler = (_req, _res, next) => {
  next(new AppError('not_found', 'No such endpoint'));
};
