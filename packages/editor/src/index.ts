// Entry of the shared editor package. The web imports subpaths (`@jumelage/editor/extensions`,
// `/templates`) so its lazy editor chunk does not pull in the server-side export code.
//
// The web editor, against the server's collab endpoint:
//   const doc = new Y.Doc();
//   const provider = new WebsocketProvider(`${wsOrigin}/collab`, planDocName(planId), doc);
//   new Editor({
//     ...editorCoreOptions,
//     editable: abilities.edit,
//     extensions: [...createExtensions({ collaborating: true }), Collaboration.configure({ document: doc }),
//       CollaborationCaret.configure({ provider, user: { name, color } })],
//   });
// The server replaces awareness `user` with the account's { id, name, color }; closes are
// documented in `collabCloseCodes` (4400-4499: do not reconnect, 4500-4599: retried by the provider).
export * from './extensions.ts';
export * from './links.ts';
export * from './schema.ts';
export * from './templates.ts';
export * from './text.ts';
export * from './yjs.ts';
export * from './export.ts';
