/** The in-app path to return to after signing in, from `?next=`; only same-site paths are accepted. */
export function nextPathFrom(search: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}

/** `/login?next=…` (or register) that brings the user back to `path` afterwards. */
export function withNext(page: '/login' | '/register', path: string): string {
  return path === '/' ? page : `${page}?next=${encodeURIComponent(path)}`;
}
