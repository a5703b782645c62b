import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Drawer,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { intake, unwrap } from '../../api/client';
import { fieldErrorsOf, messageOf } from '../../api/errors';
import { usePrincipal } from '../../auth/AuthProvider';
import { hasRole } from '../../auth/principal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionCascader } from '../../components/RegionCascader';
import {
  LEGAL_CATEGORY_LABELS,
  PRIORITY_LABELS,
  SPECIAL_LINE_STATUS_COLOURS,
  SPECIAL_LINE_STATUS_LABELS,
  labelOf,
  optionsOf,
} from '../../i18n/labels';
import { useDraft } from '../../lib/drafts';
import { submitOnCtrlEnter } from '../../lib/shortcuts';
import {
  changeRequestOf,
  emptyLineForm,
  lineFormOf,
  openRequestOf,
  periodText,
  type LineForm,
  type SpecialLine,
} from './special-lines';

const FORM_FIELDS: (keyof LineForm)[] = [
  'code',
  'name',
  'description',
  'legalCategories',
  'startsAt',
  'endsAt',
  'priority',
  'onlineAnswerHours',
];

function LineEditor({ line, onDone }: { line: SpecialLine | null; onDone: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<LineForm>();
  const draft = useDraft<LineForm>(
    line ? `special-line.${line.code}` : 'special-line.new',
    line ? lineFormOf(line) : emptyLineForm(),
  );
  const scope = Form.useWatch('scope', form);
  const mutation = useMutation({
    mutationFn: (values: LineForm) =>
      line
        ? unwrap(
            intake.PUT('/v1/special-lines/{code}', {
              params: { path: { code: line.code } },
              body: changeRequestOf(values),
            }),
          )
        : unwrap(intake.POST('/v1/special-lines', { body: openRequestOf(values) })),
    onSuccess: (saved) => {
      draft.clear();
      void queryClient.invalidateQueries({ queryKey: ['special-lines'] });
      void message.success(line ? `${saved.name}：修改已保存` : `${saved.name}：已开设`);
      onDone();
    },
    onError: (error) =>
      form.setFields(
        Object.entries(fieldErrorsOf(error))
          .filter(([field]) => FORM_FIELDS.includes(field.split('.')[0] as keyof LineForm) || field === 'regionCode')
          .map(([field, reason]) => ({
            name: (field === 'regionCode' ? 'regionPath' : field.split('.')[0]) as keyof LineForm,
            errors: [reason],
          })),
      ),
  });
  return (
    <Form<LineForm>
      form={form}
      layout="vertical"
      initialValues={draft.draft}
      onValuesChange={(_, all) => draft.save(all)}
      onFinish={(values) => mutation.mutate(values)}
      onKeyDown={(event) => submitOnCtrlEnter(event, () => form.submit())}
    >
      <ErrorAlert error={mutation.error} />
      {line ? (
        <Typography.Paragraph type="secondary">
          专线代码 {line.code}，服务范围 {line.regionName ?? '全平台'}
          （代码和服务范围不能修改）。保存时以本表内容整体替换专线设置。
        </Typography.Paragraph>
      ) : (
        <>
          <Form.Item
            name="code"
            label="专线代码"
            extra="2 到 40 位小写字母、数字或连字符，例如 migrant-wages；开设后不能修改，也不能再用于其他专线"
            rules={[
              {
                required: true,
                pattern: /^[a-z0-9][a-z0-9-]{1,39}$/,
                message: '请填写 2 到 40 位小写字母、数字或连字符',
              },
            ]}
          >
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="scope" label="服务范围">
            <Radio.Group
              options={[
                { value: 'area', label: '本人督办辖区' },
                { value: 'region', label: '辖区内指定地区' },
                { value: 'platform', label: '全平台（仅省级督办）' },
              ]}
            />
          </Form.Item>
          {scope === 'region' ? (
            <Form.Item
              name="regionPath"
              label="服务地区"
              rules={[{ required: true, type: 'array', min: 1, message: '请选择省、市或县（区）' }]}
            >
              <RegionCascader />
            </Form.Item>
          ) : null}
        </>
      )}
      <Form.Item name="name" label="专线名称" rules={[{ required: true, whitespace: true, message: '请填写专线名称' }]}>
        <Input maxLength={100} placeholder="例如：农民工欠薪求助专线" />
      </Form.Item>
      <Form.Item name="description" label="说明">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item
        name="legalCategories"
        label="受理的法律事项类别"
        rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一个类别' }]}
      >
        <Select mode="multiple" options={optionsOf(LEGAL_CATEGORY_LABELS)} placeholder="请选择" />
      </Form.Item>
      <Space wrap size="middle">
        <Form.Item name="startsAt" label="开始时间（北京时间）" rules={[{ required: true, message: '请填写开始时间' }]}>
          <Input type="datetime-local" />
        </Form.Item>
        <Form.Item name="endsAt" label="结束时间（可空，空为长期）">
          <Input type="datetime-local" />
        </Form.Item>
      </Space>
      <Space wrap size="middle">
        <Form.Item name="priority" label="工单优先级" rules={[{ required: true, message: '请选择优先级' }]}>
          <Select style={{ width: 160 }} options={optionsOf(PRIORITY_LABELS)} />
        </Form.Item>
        <Form.Item name="onlineAnswerHours" label="网络咨询答复时限（工作小时）" extra="空为平台默认时限">
          <InputNumber min={1} max={200} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Space>
      <Space>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {line ? '保存修改' : '开设专线'}
        </Button>
        <Button onClick={onDone}>取消</Button>
      </Space>
    </Form>
  );
}

/** Special lines (专线): supervisors open, change and close them; leads read them and their reports. */
export function SpecialLinesScreen() {
  const principal = usePrincipal();
  const manager = hasRole(principal, 'supervisor');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<SpecialLine['status'] | undefined>();
  const [editing, setEditing] = useState<{ line: SpecialLine | null } | null>(null);
  const lines = useQuery({
    queryKey: ['special-lines', 'list', status],
    queryFn: () => unwrap(intake.GET('/v1/special-lines', { params: { query: status ? { status } : {} } })),
  });
  const close = useMutation({
    mutationFn: (code: string) => unwrap(intake.POST('/v1/special-lines/{code}/close', { params: { path: { code } } })),
    onSuccess: (line) => {
      void queryClient.invalidateQueries({ queryKey: ['special-lines'] });
      void message.success(`${line.name}：已关闭`);
    },
    onError: (error) => void message.error(messageOf(error)),
  });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          专线管理
        </Typography.Title>
        {manager ? (
          <Button type="primary" onClick={() => setEditing({ line: null })}>
            开设专线
          </Button>
        ) : null}
      </Space>
      {!manager ? (
        <Typography.Text type="secondary">
          坐席班长可以查看专线及其报告；开设、修改和关闭由督办人员办理。
        </Typography.Text>
      ) : null}
      <Card>
        <Form layout="inline" style={{ marginBottom: 16 }}>
          <Form.Item label="状态" htmlFor="special-lines-status">
            <Select
              id="special-lines-status"
              allowClear
              style={{ width: 140 }}
              value={status}
              onChange={setStatus}
              options={optionsOf(SPECIAL_LINE_STATUS_LABELS)}
              placeholder="全部"
            />
          </Form.Item>
        </Form>
        <ErrorAlert error={lines.error} />
        <Table<SpecialLine>
          rowKey="code"
          size="small"
          loading={lines.isLoading}
          dataSource={lines.data?.lines ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '没有专线' }}
          onRow={(line) => ({ 'data-testid': `special-line-${line.code}` }) as React.HTMLAttributes<HTMLElement>}
          expandable={{
            expandedRowRender: (line) => (
              <Typography.Paragraph style={{ margin: 0 }}>{line.description || '（无说明）'}</Typography.Paragraph>
            ),
          }}
          columns={[
            {
              title: '名称',
              dataIndex: 'name',
              render: (name: string, line) => <Link to={`/special-lines/${line.code}`}>{name}</Link>,
            },
            { title: '代码', dataIndex: 'code', width: 140 },
            {
              title: '状态',
              dataIndex: 'status',
              width: 90,
              render: (s: string) => (
                <Tag color={SPECIAL_LINE_STATUS_COLOURS[s]}>{labelOf(SPECIAL_LINE_STATUS_LABELS, s)}</Tag>
              ),
            },
            {
              title: '服务范围',
              dataIndex: 'regionName',
              width: 110,
              render: (name: string | null) => name ?? '全平台',
            },
            { title: '期间', key: 'period', width: 260, render: (_, line) => periodText(line) },
            { title: '优先级', dataIndex: 'priority', width: 90, render: (p: string) => labelOf(PRIORITY_LABELS, p) },
            {
              title: '网络咨询时限',
              dataIndex: 'onlineAnswerHours',
              width: 110,
              render: (hours: number | null) => (hours === null ? '平台默认' : `${hours} 工作小时`),
            },
            {
              title: '受理类别',
              dataIndex: 'legalCategories',
              render: (categories: string[]) => categories.map((c) => labelOf(LEGAL_CATEGORY_LABELS, c)).join('、'),
            },
            {
              title: '操作',
              key: 'actions',
              width: 180,
              render: (_, line) => (
                <Space size={4}>
                  <Link to={`/special-lines/${line.code}`} aria-label={`${line.name}的报告`}>
                    报告
                  </Link>
                  {manager && line.status !== 'closed' ? (
                    <>
                      <Button size="small" onClick={() => setEditing({ line })} aria-label={`修改 ${line.name}`}>
                        修改
                      </Button>
                      <Popconfirm
                        title={`关闭 ${line.name}？`}
                        description="关闭后新建工单不再提供该专线；已有工单和报告保留。"
                        okText="关闭专线"
                        okButtonProps={{ danger: true }}
                        cancelText="取消"
                        onConfirm={() => close.mutate(line.code)}
                      >
                        <Button size="small" danger aria-label={`关闭 ${line.name}`}>
                          关闭
                        </Button>
                      </Popconfirm>
                    </>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Drawer
        open={editing !== null}
        onClose={() => setEditing(null)}
        size={640}
        title={editing?.line ? `修改专线：${editing.line.name}` : '开设专线'}
        destroyOnHidden
      >
        {editing ? <LineEditor line={editing.line} onDone={() => setEditing(null)} /> : null}
      </Drawer>
    </Space>
  );
}
