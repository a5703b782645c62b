import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Drawer, Form, Input, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { ModalStaticFunctions } from 'antd/es/modal/confirm';
import { useState, type HTMLAttributes } from 'react';
import { useSearchParams } from 'react-router';
import { exchange, unwrap } from '../../api/client';
import type { components } from '../../api/generated/hotline-exchange';
import { usePrincipal } from '../../auth/AuthProvider';
import { hasRole } from '../../auth/principal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { KEY_STATUS_LABELS, PARTNER_LABELS, PARTNER_STATUS_LABELS, labelOf } from '../../i18n/labels';
import { useDraft } from '../../lib/drafts';
import { formatInstant } from '../../lib/time';
import { DeliveriesPanel } from './DeliveriesPanel';
import { OneTimeSecret } from './OneTimeSecret';
import { deliveryErrorText, endpointProblemOf, exchangeMessageOf, isPlainHttp, type DeliverySecret, type Partner, type PartnerCode, type PartnerKey } from './exchange';

type Actor = components['schemas']['ActorDto'] | null;

function actorText(actor: Actor): string {
  if (!actor) return '—';
  return actor.agent ? `${actor.agent}（${actor.organisation}）` : actor.organisation;
}

interface ShownSecret {
  title: string;
  id: string;
  idLabel: string;
  secret: string;
}

interface Revocable {
  status: string;
  revokedAt: string | null;
  revokedBy: Actor;
}

/** The state of a key or secret: in use or revoked. */
function statusColumn<Row extends Revocable>(): ColumnType<Row> {
  return { title: '状态', dataIndex: 'status', render: (s: string) => <Tag color={s === 'active' ? 'green' : 'default'}>{labelOf(KEY_STATUS_LABELS, s)}</Tag> };
}

/** When and by whom a key or secret was revoked, and the confirmed action that revokes an active one. */
function revocationColumns<Row extends Revocable>(options: {
  credential: string;
  idOf: (row: Row) => string;
  consequence: string;
  confirm: ModalStaticFunctions['confirm'];
  revoke: (id: string) => Promise<unknown>;
}): ColumnType<Row>[] {
  const { credential, idOf, consequence, confirm, revoke } = options;
  return [
    { title: '吊销', key: 'revoked', render: (_, row) => (row.revokedAt ? `${formatInstant(row.revokedAt)} ${actorText(row.revokedBy)}` : '—') },
    {
      title: '操作',
      key: 'actions',
      render: (_, row) =>
        row.status === 'active' ? (
          <Button
            size="small"
            danger
            aria-label={`吊销${credential} ${idOf(row)}`}
            onClick={() =>
              confirm({
                title: `确认吊销${credential} ${idOf(row)}？`,
                content: consequence,
                okText: '确认吊销',
                okButtonProps: { danger: true },
                cancelText: '取消',
                onOk: () => revoke(idOf(row)).catch(() => undefined),
              })
            }
          >
            吊销
          </Button>
        ) : null,
    },
  ];
}

function EndpointCard({ partner, onSecret }: { partner: Partner; onSecret: (secret: ShownSecret) => void }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ url?: string }>();
  const draft = useDraft<{ url?: string }>(`partner.${partner.code}.endpoint`, { url: partner.endpoint?.url ?? '' });
  const url = Form.useWatch('url', form);
  const register = useMutation({
    mutationFn: (values: { url?: string }) =>
      unwrap(exchange.PUT('/v1/admin/partners/{code}/endpoint', { params: { path: { code: partner.code } }, body: { url: values.url!.trim() } })),
    onSuccess: (answer) => {
      draft.clear();
      void queryClient.invalidateQueries({ queryKey: ['partners'] });
      void queryClient.invalidateQueries({ queryKey: ['delivery-secrets', partner.code] });
      void message.success('接收地址已保存');
      if (answer.signingSecret) {
        onSecret({ title: `已为 ${labelOf(PARTNER_LABELS, partner.code)} 生成推送签名密钥`, id: answer.signingSecret.secretId, idLabel: '密钥编号', secret: answer.signingSecret.secret });
      }
    },
  });
  const send = (values: { url?: string }) => {
    if (!partner.endpoint) {
      register.mutate(values);
      return;
    }
    modal.confirm({
      title: '确认替换接收地址？',
      content: `之后的推送将发往新地址：${values.url?.trim() ?? ''}。等待重试的转办会立即重新推送。`,
      okText: '确认替换',
      cancelText: '取消',
      onOk: () => register.mutateAsync(values).catch(() => undefined),
    });
  };
  return (
    <Card size="small" title="接收地址（本平台向对方推送转办）">
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'url', label: '当前地址', children: partner.endpoint?.url ?? '未登记' },
          { key: 'at', label: '登记 / 更新', children: partner.endpoint ? `${formatInstant(partner.endpoint.registeredAt)} / ${formatInstant(partner.endpoint.updatedAt)}` : '—' },
        ]}
      />
      {register.error ? <Alert type="error" showIcon role="alert" title={exchangeMessageOf(register.error)} style={{ marginBottom: 12 }} /> : null}
      <Form form={form} layout="vertical" initialValues={draft.draft} onValuesChange={(_, all) => draft.save(all)} onFinish={send}>
        <Form.Item
          name="url"
          label={partner.endpoint ? '新的接收地址' : '接收地址'}
          rules={[
            {
              validator: (_, value: string | undefined) => {
                const problem = endpointProblemOf(value);
                return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
              },
            },
          ]}
          extra={isPlainHttp(url) ? <Typography.Text type="warning">http 地址不加密，推送内容含来电人联系方式，仅限内部专网使用。</Typography.Text> : '推送不跟随重定向，请填写最终地址。'}
        >
          <Input placeholder="https://110.example.gov.cn/api/12348/transfers" maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={register.isPending}>
          保存接收地址
        </Button>
      </Form>
    </Card>
  );
}

function DeliverySecretsCard({ code, onSecret }: { code: PartnerCode; onSecret: (secret: ShownSecret) => void }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const secrets = useQuery({
    queryKey: ['delivery-secrets', code],
    queryFn: () => unwrap(exchange.GET('/v1/admin/partners/{code}/endpoint/secrets', { params: { path: { code } } })),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['delivery-secrets', code] });
  const add = useMutation({
    mutationFn: () => unwrap(exchange.POST('/v1/admin/partners/{code}/endpoint/secrets', { params: { path: { code } }, body: {} })),
    onSuccess: (answer) => {
      refresh();
      if (answer.secret) onSecret({ title: '已新增推送签名密钥', id: answer.secretId, idLabel: '密钥编号', secret: answer.secret });
    },
    onError: (error) => void message.error(exchangeMessageOf(error)),
  });
  const revoke = useMutation({
    mutationFn: (secretId: string) => unwrap(exchange.POST('/v1/admin/partners/{code}/endpoint/secrets/{secretId}/revoke', { params: { path: { code, secretId } } })),
    onSuccess: () => {
      refresh();
      void message.success('已吊销，之后的推送不再用该密钥签名');
    },
    onError: (error) => void message.error(exchangeMessageOf(error)),
  });
  return (
    <Card
      size="small"
      title="推送签名密钥（对方用来验证本平台的推送）"
      extra={
        <Button onClick={() => add.mutate()} loading={add.isPending}>
          新增签名密钥
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">最多两个有效密钥，每次推送对每个有效密钥各带一个签名。更换时先新增，待对方改用新密钥后再吊销旧的。</Typography.Paragraph>
      {secrets.error ? <Alert type="error" showIcon title={exchangeMessageOf(secrets.error)} /> : null}
      <Table<DeliverySecret>
        size="small"
        rowKey="secretId"
        pagination={false}
        loading={secrets.isLoading}
        dataSource={secrets.data?.items ?? []}
        locale={{ emptyText: '没有签名密钥' }}
        columns={[
          { title: '密钥编号', dataIndex: 'secretId' },
          statusColumn<DeliverySecret>(),
          { title: '新增', key: 'created', render: (_, row) => `${formatInstant(row.createdAt)} ${actorText(row.createdBy)}` },
          ...revocationColumns<DeliverySecret>({
            credential: '签名密钥',
            idOf: (row) => row.secretId,
            consequence: '下一次推送起不再用它签名；对方如仍只认这个密钥，将无法验证推送。',
            confirm: modal.confirm,
            revoke: (id) => revoke.mutateAsync(id),
          }),
        ]}
      />
    </Card>
  );
}

function PartnerKeysCard({ code, onSecret }: { code: PartnerCode; onSecret: (secret: ShownSecret) => void }) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const keys = useQuery({
    queryKey: ['partner-keys', code],
    queryFn: () => unwrap(exchange.GET('/v1/admin/partners/{code}/keys', { params: { path: { code } } })),
  });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['partner-keys', code] });
  const issue = useMutation({
    mutationFn: () => unwrap(exchange.POST('/v1/admin/partners/{code}/keys', { params: { path: { code } } })),
    onSuccess: (answer) => {
      refresh();
      onSecret({ title: `已向 ${labelOf(PARTNER_LABELS, code)} 签发接入密钥`, id: answer.keyId, idLabel: '密钥编号（X-Partner-Key-Id）', secret: answer.secret });
    },
    onError: (error) => void message.error(exchangeMessageOf(error)),
  });
  const revoke = useMutation({
    mutationFn: (keyId: string) => unwrap(exchange.POST('/v1/admin/partners/{code}/keys/{keyId}/revoke', { params: { path: { code, keyId } } })),
    onSuccess: () => {
      refresh();
      void message.success('密钥已吊销，立即失效');
    },
    onError: (error) => void message.error(exchangeMessageOf(error)),
  });
  return (
    <Card
      size="small"
      title="接入密钥（对方调用本平台时签名）"
      extra={
        <Button onClick={() => issue.mutate()} loading={issue.isPending}>
          签发新密钥
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">每个兄弟热线最多两把有效密钥。轮换：先签发新密钥，交对方切换后，再吊销旧密钥。</Typography.Paragraph>
      {keys.error ? <Alert type="error" showIcon title={exchangeMessageOf(keys.error)} /> : null}
      <Table<PartnerKey>
        size="small"
        rowKey="keyId"
        pagination={false}
        loading={keys.isLoading}
        dataSource={keys.data?.items ?? []}
        locale={{ emptyText: '没有接入密钥' }}
        columns={[
          { title: '密钥编号', dataIndex: 'keyId' },
          statusColumn<PartnerKey>(),
          { title: '签发', key: 'created', render: (_, row) => `${formatInstant(row.createdAt)} ${actorText(row.createdBy)}` },
          { title: '最近使用', dataIndex: 'lastUsedAt', render: (at: string | null) => formatInstant(at) },
          ...revocationColumns<PartnerKey>({
            credential: '接入密钥',
            idOf: (row) => row.keyId,
            consequence: '吊销立即生效，对方用它签名的请求将被拒绝。',
            confirm: modal.confirm,
            revoke: (id) => revoke.mutateAsync(id),
          }),
        ]}
      />
    </Card>
  );
}

function PartnerDrawer({ partner, onClose }: { partner: Partner | undefined; onClose: () => void }) {
  const [shown, setShown] = useState<ShownSecret | null>(null);
  const close = () => {
    setShown(null);
    onClose();
  };
  return (
    <Drawer open={partner !== undefined} onClose={close} size={860} title={partner ? `对接设置：${labelOf(PARTNER_LABELS, partner.code)}` : ''} destroyOnHidden>
      {partner ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          {shown ? <OneTimeSecret {...shown} /> : null}
          <EndpointCard partner={partner} onSecret={setShown} />
          <DeliverySecretsCard code={partner.code} onSecret={setShown} />
          <PartnerKeysCard code={partner.code} onSecret={setShown} />
        </Space>
      ) : null}
    </Drawer>
  );
}

function PartnersTab() {
  const [params, setParams] = useSearchParams();
  const openCode = params.get('partner');
  const partners = useQuery({ queryKey: ['partners'], queryFn: () => unwrap(exchange.GET('/v1/admin/partners')) });
  const open = (code: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (code) next.set('partner', code);
        else next.delete('partner');
        return next;
      },
      { replace: true },
    );
  return (
    <>
      <ErrorAlert error={partners.error} />
      <Table<Partner>
        rowKey="code"
        loading={partners.isLoading}
        pagination={false}
        dataSource={partners.data?.items ?? []}
        onRow={(row) => ({ 'data-testid': `partner-row-${row.code}` }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: '兄弟热线', dataIndex: 'code', render: (code: string, row) => `${labelOf(PARTNER_LABELS, code)}${PARTNER_LABELS[code] ? '' : `（${row.name}）`}` },
          { title: '状态', dataIndex: 'status', render: (s: string) => <Tag color={s === 'active' ? 'green' : 'orange'}>{labelOf(PARTNER_STATUS_LABELS, s)}</Tag> },
          { title: '接收地址', key: 'endpoint', render: (_, row) => row.endpoint?.url ?? <Typography.Text type="danger">未登记</Typography.Text> },
          {
            title: '推送',
            key: 'delivery',
            render: (_, row) => (
              <Space orientation="vertical" size={0}>
                <span>
                  已送达 {row.delivery.delivered}，待推送 {row.delivery.pending}，失败重试中 {row.delivery.failing}
                </span>
                {row.delivery.consecutiveFailures > 0 ? (
                  <Typography.Text type="danger">
                    连续失败 {row.delivery.consecutiveFailures} 次：{deliveryErrorText(row.delivery.lastError) ?? '—'}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_, row) => (
              <Button onClick={() => open(row.code)} aria-label={`${labelOf(PARTNER_LABELS, row.code)}的对接设置`}>
                对接设置
              </Button>
            ),
          },
        ]}
      />
      <PartnerDrawer partner={partners.data?.items.find((p) => p.code === openCode)} onClose={() => open(null)} />
    </>
  );
}

export function ExchangeScreen() {
  const principal = usePrincipal();
  const admin = hasRole(principal, 'exchange-admin');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        兄弟热线对接
      </Typography.Title>
      {admin ? (
        <Card>
          <Tabs
            items={[
              { key: 'partners', label: '兄弟热线', children: <PartnersTab /> },
              { key: 'deliveries', label: '推送状态', children: <DeliveriesPanel /> },
            ]}
          />
        </Card>
      ) : (
        <DeliveriesPanel />
      )}
    </Space>
  );
}
