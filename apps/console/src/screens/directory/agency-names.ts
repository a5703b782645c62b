import { useQueries } from '@tanstack/react-query';
import { routing, unwrap } from '../../api/client';

// Screens name bodies, never their ids: each id is looked up once in the directory (open to
// every role) and kept for the session.

export function agencyQuery(id: string) {
  return {
    queryKey: ['agency', id],
    queryFn: () => unwrap(routing.GET('/v1/agencies/{id}', { params: { path: { id } } })),
    staleTime: 10 * 60_000,
    retry: false,
  } as const;
}

/** A lookup from agency id to name; an id not (yet) known names itself. */
export function useAgencyNames(ids: readonly (string | null | undefined)[]): (id: string | null | undefined) => string {
  const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  const results = useQueries({ queries: unique.map((id) => agencyQuery(id)) });
  const byId = new Map(unique.map((id, index) => [id, results[index]?.data?.name ?? id]));
  return (id) => (id ? (byId.get(id) ?? id) : '—');
}
