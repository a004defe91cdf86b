import { lazyPage } from '../../lib/lazyPage.ts';
import type { CollabEditorProps } from './editor/CollabEditor.tsx';

/**
 * The collaborative editor (TipTap, Yjs, y-websocket, y-indexeddb: the heaviest part of the app)
 * as its own chunk. The plan list starts its download when a plan link is pointed at or focused.
 */
export const collabEditorChunk = lazyPage<CollabEditorProps>(() =>
  import('./editor/CollabEditor.tsx').then((m) => m.CollabEditor),
);
