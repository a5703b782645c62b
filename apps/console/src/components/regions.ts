import { useQuery } from '@tanstack/react-query';
import { routing, unwrap } from '../api/client';

// The region catalog (province → city → county → township → village) from the routing
// service, for pickers and for naming codes on screens.

export interface RegionOption {
  code: string;
  name: string;
  level: string;
  hasChildren: boolean;
}

export async function provinces(): Promise<RegionOption[]> {
  const page = await unwrap(routing.GET('/v1/regions'));
  return [...page.items];
}

export async function childrenOf(code: string): Promise<RegionOption[]> {
  const page = await unwrap(routing.GET('/v1/regions/{code}/children', { params: { path: { code } } }));
  return [...page.items];
}

export interface RegionPath {
  code: string;
  name: string;
  /** Ancestors then the region itself, province first. */
  path: { code: string; name: string }[];
}

export async function regionOf(code: string): Promise<RegionPath> {
  const region = await unwrap(routing.GET('/v1/regions/{code}', { params: { path: { code } } }));
  return { code: region.code, name: region.name, path: [...region.path.map((p) => ({ code: p.code, name: p.name })), { code: region.code, name: region.name }] };
}

/** "广东省 / 佛山市 / 南海区 / 桂城街道" for a code; the code itself until it is known. */
export function useRegionName(code: string | null | undefined): string {
  const { data } = useQuery({
    queryKey: ['region', code],
    queryFn: () => regionOf(code!),
    enabled: Boolean(code),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  if (!code) return '—';
  return data ? data.path.map((p) => p.name).join(' / ') : code;
}
