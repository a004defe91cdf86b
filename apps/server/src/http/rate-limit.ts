import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from './errors.ts';

export interface RateLimit {
  /** Spends `points` (one by default) for `key`; throws `rate_limited` (with Retry-After seconds) when used up. */
  consume(key: string, points?: number): Promise<void>;
  reset(key: string): Promise<void>;
}

export function createRateLimit(points: number, durationSeconds: number): RateLimit {
  const limiter = new RateLimiterMemory({ points, duration: durationSeconds });
  return {
    async consume(key, points = 1) {
      try {
        await limiter.consume(key, points);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new AppError('rate_limited', `Too many attempts; try again in ${retryAfter} s`, undefined, retryAfter);
      }
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}
