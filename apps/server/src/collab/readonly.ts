import type { ClientMessage } from './protocol.ts';

/**
 * What a read-only connection (observers) may send: it asks for the document (sync step 1) and
 * shares its cursor (awareness), but its document changes (sync step 2 and updates) are dropped
 * silently. Dropping rather than closing matters: a y-websocket client always answers our sync step 1
 * with a step 2, and would reconnect forever if that closed the connection.
 */
export function isAllowedForReadOnly(message: ClientMessage): boolean {
  return message.kind !== 'update';
}
