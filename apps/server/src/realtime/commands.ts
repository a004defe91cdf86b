// Client commands over Socket.IO: `socket.emit(event, payload, ack)`.
// Guarantees: the payload is validated with a contract schema before any handler runs; the ack
// (when the client passed a function) is called exactly once with `{ ok: true, ...result }` or
// `{ ok: false, error: { code, message, details? } }` built from the same AppError family as REST;
// nothing a client sends makes a handler throw. Events that no feature listens to are answered with
// `not_found` instead of leaving the client waiting for its timeout.
import type { z } from 'zod';
import type { AckFailure, ClientToServerEvents } from '@jumelage/contracts/realtime';
import { AppError } from '../http/errors.ts';
import { toAppError } from '../http/error-handler.ts';
import { parse } from '../http/validate.ts';
import type { Logger } from '../logger.ts';
import type { AppSocket } from './io.ts';

export type CommandName = keyof ClientToServerEvents & string;
type AnswerOf<E extends CommandName> =
  Parameters<ClientToServerEvents[E]>[1] extends ((answer: infer A) => void) | undefined ? A : never;
/** What a command handler returns: the success half of the event's acknowledgement. */
export type CommandSuccess<E extends CommandName> = Extract<AnswerOf<E>, { ok: true }>;

type Runner = (args: unknown[]) => void;
const registries = new WeakMap<AppSocket, Map<string, Runner>>();

/** Turns anything thrown into the failure ack; unexpected errors are logged, never sent. */
export function toAckFailure(error: unknown, logger: Logger, context: Record<string, unknown> = {}): AckFailure {
  const appError = toAppError(error);
  if (appError.code === 'internal' || appError.code === 'unavailable') logger.error({ err: error, ...context }, 'socket command failed');
  const failure: AckFailure = { ok: false, error: appError.toBody().error };
  if (appError.code === 'rate_limited' && typeof appError.data === 'number') failure.retryAfterSeconds = appError.data;
  return failure;
}

function reply(ack: unknown, answer: object, logger: Logger): void {
  if (typeof ack !== 'function') return;
  try {
    ack(answer);
  } catch (error) {
    logger.warn({ err: error }, 'socket acknowledgement failed');
  }
}

/** One registry and one middleware per socket, shared by every feature that registers commands. */
function registryOf(socket: AppSocket, logger: Logger): Map<string, Runner> {
  const existing = registries.get(socket);
  if (existing) return existing;
  const registry = new Map<string, Runner>();
  registries.set(socket, registry);
  socket.use(([event, ...args], next) => {
    const run = registry.get(event);
    if (run) return run(args);
    // Events registered with plain socket.on (other features) pass through untouched.
    if (socket.eventNames().includes(event)) return next();
    reply(args.at(-1), toAckFailure(new AppError('not_found', 'Unknown event'), logger), logger);
  });
  return registry;
}

/** Registers validated, acknowledged commands on one connection. */
export function socketCommands(socket: AppSocket, logger: Logger) {
  const registry = registryOf(socket, logger);
  return {
    on<E extends CommandName, S extends z.ZodType>(
      event: E,
      schema: S,
      handler: (input: z.output<S>) => Promise<CommandSuccess<E>>,
    ): void {
      const execute = async (args: unknown[]) => {
        const ack = typeof args.at(-1) === 'function' ? args.at(-1) : undefined;
        const payloads = ack === undefined ? args : args.slice(0, -1);
        let answer: object;
        try {
          if (payloads.length > 1) throw new AppError('validation_failed', 'Send one payload object');
          answer = await handler(parse(schema, payloads[0]));
        } catch (error) {
          answer = toAckFailure(error, logger, { event, userId: socket.data.userId });
        }
        reply(ack, answer, logger);
      };
      registry.set(event, (args) => {
        execute(args).catch((error: unknown) => logger.error({ err: error, event }, 'socket command crashed'));
      });
    },
  };
}
