import { Card, Space, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { DeliveriesPanel } from '../exchange/DeliveriesPanel';
import { AccessTrailTab } from './AccessTrailTab';
import { AlertsTab } from './AlertsTab';
import { EscalationsTab } from './EscalationsTab';
import { MisroutesTab } from './MisroutesTab';
import { ReturnedTab } from './ReturnedTab';

const TABS = [
  { key: 'alerts', label: '督办提醒', children: <AlertsTab /> },
  { key: 'escalations', label: '超期与暂停', children: <EscalationsTab /> },
  { key: 'returned', label: '退回首问单位', children: <ReturnedTab /> },
  { key: 'misroutes', label: '错派统计', children: <MisroutesTab /> },
  { key: 'deliveries', label: '兄弟热线推送', children: <DeliveriesPanel /> },
  { key: 'pii-access', label: '个人信息查阅记录', children: <AccessTrailTab /> },
];

/** The supervisor's (督办) desk: one tab per thing to watch in the area; the open tab survives a reload. */
export function SupervisionScreen() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const active = TABS.some((tab) => tab.key === requested) ? requested! : 'alerts';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        督办
      </Typography.Title>
      <Card>
        <Tabs activeKey={active} onChange={(key) => setParams({ tab: key }, { replace: true })} items={TABS} destroyOnHidden />
      </Card>
    </Space>
  );
}
