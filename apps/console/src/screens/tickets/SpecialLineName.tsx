import { useQuery } from '@tanstack/react-query';
import { intake, unwrap } from '../../api/client';

/** A special line (专线) by its name; its code until the name is known. */
export function SpecialLineName({ code }: { code: string }) {
  const { data } = useQuery({
    queryKey: ['special-line', code],
    queryFn: () => unwrap(intake.GET('/v1/special-lines/{code}', { params: { path: { code } } })),
    staleTime: 300_000,
    retry: false,
  });
  return <span data-testid="special-line">{data?.name ?? code}</span>;
}
