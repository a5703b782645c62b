import { useQuery } from '@tanstack/react-query';
import { Alert, Skeleton, Typography } from 'antd';
import { routing, unwrap } from '../../api/client';
import { useRegionName } from '../../components/regions';
import { live } from '../../lib/live';
import { explainDecision } from './routing-explanation';

/** Where a ticket went and why, in words; waits (live) until routing has decided. */
export function RoutingOutcome({ ticketId, agencyName }: { ticketId: string; agencyName?: string }) {
  const { data, error } = useQuery({
    queryKey: ['routing-decisions', ticketId],
    queryFn: () => unwrap(routing.GET('/v1/tickets/{ticketId}/routing-decisions', { params: { path: { ticketId } } })),
    ...live,
  });
  const latest = data?.items[data.items.length - 1];
  const regionName = useRegionName(latest?.explanation.routedOnRegionCode);
  const agency = useQuery({
    queryKey: ['agency', latest?.agencyId],
    queryFn: () => unwrap(routing.GET('/v1/agencies/{id}', { params: { path: { id: latest!.agencyId! } } })),
    enabled: Boolean(latest?.agencyId) && !agencyName,
    staleTime: 60_000,
  });

  if (error && !data) return <Alert type="info" showIcon title="分派结果暂时无法读取，稍后会自动刷新。" />;
  if (!latest) {
    return (
      <div aria-live="polite">
        <Typography.Text type="secondary">正在分派，稍候自动显示结果…</Typography.Text>
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      </div>
    );
  }
  const text = explainDecision(latest, { regionName, agencyName: agencyName ?? agency.data?.name });
  return (
    <div aria-live="polite" data-testid="routing-outcome">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {text.headline}
      </Typography.Title>
      <ul style={{ paddingInlineStart: 20, margin: 0 }}>
        {text.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
