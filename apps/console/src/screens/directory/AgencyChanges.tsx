import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { routing, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionCascader } from '../../components/RegionCascader';
import { AVAILABILITY_LABELS, WEEKDAY_LABELS, labelOf, optionsOf } from '../../i18n/labels';
import { useDraft } from '../../lib/drafts';
import { submitOnCtrlEnter } from '../../lib/shortcuts';
import { todayInShanghai } from '../../lib/time';
import { WEEKDAYS, dutyHoursFormOf, dutyHoursOf, spanProblemOf, type AgencyDetail, type DutySpan } from './directory';

// The directory keeper's changes to one body. Every change names its reason: the API keeps it
// in the body's audit trail with the keeper's name from their sign-in.

export type AgencyChange = 'availability' | 'duty-hours' | 'add-jurisdiction' | 'end-jurisdiction' | 'close';

export const CHANGE_TITLES: Record<AgencyChange, string> = {
  availability: '修改接待状态',
  'duty-hours': '修改值班时间',
  'add-jurisdiction': '新增管辖区域',
  'end-jurisdiction': '结束管辖区域',
  close: '撤销机构',
};

interface ChangeValues {
  reason?: string;
  availability?: AgencyDetail['availability'];
  dutyHours?: Record<string, Partial<DutySpan>[]>;
  region?: string[];
  effectiveFrom?: string;
  effectiveTo?: string;
  effectiveAt?: string;
}

/** The request each change sends; the reason is trimmed, other fields only when they say something. */
export function changeRequestOf(change: AgencyChange, values: ChangeValues, agencyId: string, regionCode: string | null) {
  const reason = values.reason?.trim() ?? '';
  const path = { params: { path: { id: agencyId } } };
  switch (change) {
    case 'availability':
      return () => unwrap(routing.PATCH('/v1/agencies/{id}', { ...path, body: { availability: values.availability!, reason } }));
    case 'duty-hours':
      return () => unwrap(routing.PATCH('/v1/agencies/{id}', { ...path, body: { dutyHours: dutyHoursOf(values.dutyHours ?? {}), reason } }));
    case 'add-jurisdiction':
      return () =>
        unwrap(
          routing.POST('/v1/agencies/{id}/jurisdictions', {
            ...path,
            body: { regionCode: values.region?.[values.region.length - 1] ?? '', effectiveFrom: values.effectiveFrom ?? '', reason },
          }),
        );
    case 'end-jurisdiction':
      return () =>
        unwrap(
          routing.POST('/v1/agencies/{id}/jurisdictions/{regionCode}/end', {
            params: { path: { id: agencyId, regionCode: regionCode ?? '' } },
            body: { effectiveTo: values.effectiveTo ?? '', reason },
          }),
        );
    case 'close':
      return () => unwrap(routing.POST('/v1/agencies/{id}/close', { ...path, body: { reason, ...(values.effectiveAt ? { effectiveAt: values.effectiveAt } : {}) } }));
  }
}

function DutyHoursFields() {
  return (
    <>
      {WEEKDAYS.map((day) => (
        <Form.List key={day} name={['dutyHours', day]}>
          {(fields, { add, remove }) => (
            <div role="group" aria-label={`${labelOf(WEEKDAY_LABELS, day)}值班时间`} style={{ marginBottom: 8 }}>
              <Space align="start" wrap>
                <span style={{ display: 'inline-block', width: 48, lineHeight: '32px' }}>{labelOf(WEEKDAY_LABELS, day)}</span>
                <Space orientation="vertical" size={4}>
                  {fields.length === 0 ? <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>不值班</Typography.Text> : null}
                  {fields.map((field, index) => (
                    <Space key={field.key} align="start">
                      <Form.Item
                        name={[field.name, 'from']}
                        style={{ margin: 0 }}
                        rules={[
                          ({ getFieldValue }) => ({
                            validator: () => {
                              const problem = spanProblemOf(getFieldValue(['dutyHours', day, field.name]) as Partial<DutySpan>);
                              return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                            },
                          }),
                        ]}
                      >
                        <Input aria-label={`${labelOf(WEEKDAY_LABELS, day)}第 ${index + 1} 段开始时间`} placeholder="08:30" style={{ width: 90 }} />
                      </Form.Item>
                      <span style={{ lineHeight: '32px' }}>至</span>
                      <Form.Item name={[field.name, 'to']} style={{ margin: 0 }}>
                        <Input aria-label={`${labelOf(WEEKDAY_LABELS, day)}第 ${index + 1} 段结束时间`} placeholder="17:30" style={{ width: 90 }} />
                      </Form.Item>
                      <Button
                        type="text"
                        icon={<MinusCircleOutlined />}
                        aria-label={`删除${labelOf(WEEKDAY_LABELS, day)}第 ${index + 1} 段`}
                        onClick={() => remove(field.name)}
                      />
                    </Space>
                  ))}
                </Space>
                <Button icon={<PlusOutlined />} onClick={() => add({ from: '', to: '' })} aria-label={`为${labelOf(WEEKDAY_LABELS, day)}增加一段值班时间`}>
                  增加时段
                </Button>
              </Space>
            </div>
          )}
        </Form.List>
      ))}
      <Typography.Paragraph type="secondary">北京时间，结束时间不含（可填 24:00）；保存后替换整周的值班时间，不值班的日子不填。</Typography.Paragraph>
    </>
  );
}

function fieldsOf(change: AgencyChange, agency: AgencyDetail, regionCode: string | null): ReactNode {
  switch (change) {
    case 'availability':
      return (
        <Form.Item name="availability" label="接待状态" rules={[{ required: true, message: '请选择接待状态' }]} extra="无人值守或超负荷的机构，分派时会暂不考虑。">
          <Select options={optionsOf(AVAILABILITY_LABELS)} />
        </Form.Item>
      );
    case 'duty-hours':
      return <DutyHoursFields />;
    case 'add-jurisdiction':
      return (
        <>
          <Form.Item name="region" label="管辖区域" rules={[{ required: true, message: '请选择管辖区域' }]}>
            <RegionCascader aria-label="管辖区域" />
          </Form.Item>
          <Form.Item name="effectiveFrom" label="生效日期" rules={[{ required: true, message: '请填写生效日期' }]}>
            <Input type="date" style={{ width: 200 }} />
          </Form.Item>
        </>
      );
    case 'end-jurisdiction':
      return (
        <>
          <Typography.Paragraph>
            结束 {agency.name} 对 {regionCode} 的管辖。
          </Typography.Paragraph>
          <Form.Item name="effectiveTo" label="结束日期（当日起不再管辖）" rules={[{ required: true, message: '请填写结束日期' }]}>
            <Input type="date" style={{ width: 200 }} />
          </Form.Item>
        </>
      );
    case 'close':
      return (
        <>
          <Typography.Paragraph type="danger">撤销后，{agency.name} 的全部管辖区域自该日起结束，分派不再考虑该机构。此操作记入审计记录。</Typography.Paragraph>
          <Form.Item name="effectiveAt" label="撤销日期（留空为今天）">
            <Input type="date" style={{ width: 200 }} />
          </Form.Item>
        </>
      );
  }
}

function initialValuesOf(change: AgencyChange, agency: AgencyDetail): ChangeValues {
  switch (change) {
    case 'availability':
      return { availability: agency.availability };
    case 'duty-hours':
      return { dutyHours: dutyHoursFormOf(agency.dutyHours) };
    case 'add-jurisdiction':
      return { effectiveFrom: todayInShanghai() };
    case 'end-jurisdiction':
      return { effectiveTo: todayInShanghai() };
    case 'close':
      return {};
  }
}

interface ChangeFormProps {
  change: AgencyChange;
  agency: AgencyDetail;
  regionCode: string | null;
  onDone: () => void;
}

function ChangeForm({ change, agency, regionCode, onDone }: ChangeFormProps) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ChangeValues>();
  const draft = useDraft<ChangeValues>(`agency.${agency.id}.${change}.${regionCode ?? ''}`, initialValuesOf(change, agency));
  const mutation = useMutation({
    mutationFn: (values: ChangeValues) => changeRequestOf(change, values, agency.id, regionCode)(),
    onSuccess: (updated) => {
      draft.clear();
      queryClient.setQueryData(['agency', agency.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['agency-audit', agency.id] });
      void queryClient.invalidateQueries({ queryKey: ['agencies'] });
      void message.success(`${CHANGE_TITLES[change]}：已保存`);
      onDone();
    },
  });
  const send = (values: ChangeValues) => {
    if (change !== 'close' && change !== 'end-jurisdiction') {
      mutation.mutate(values);
      return;
    }
    modal.confirm({
      title: change === 'close' ? `确认撤销 ${agency.name}？` : `确认结束对 ${regionCode} 的管辖？`,
      content: '分派将不再把该区域的事项交给本机构。',
      okText: change === 'close' ? '确认撤销' : '确认结束',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: () => mutation.mutateAsync(values).catch(() => undefined),
    });
  };
  return (
    <Form<ChangeValues>
      form={form}
      layout="vertical"
      initialValues={draft.draft}
      onValuesChange={(_, all) => draft.save(all)}
      onFinish={send}
      onKeyDown={(event) => submitOnCtrlEnter(event, () => form.submit())}
    >
      <ErrorAlert error={mutation.error} />
      {fieldsOf(change, agency, regionCode)}
      <Form.Item name="reason" label="修改原因" rules={[{ required: true, whitespace: true, message: '请填写修改原因（记入审计记录）' }]}>
        <Input.TextArea rows={2} maxLength={500} showCount placeholder="例如：中心搬迁，暂停接收工单" />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" danger={change === 'close' || change === 'end-jurisdiction'} loading={mutation.isPending}>
          保存
        </Button>
        <Button onClick={onDone}>取消</Button>
        <Typography.Text type="secondary">Ctrl + Enter 提交</Typography.Text>
      </Space>
    </Form>
  );
}

/** The modal of one change; `regionCode` names the jurisdiction an end applies to. */
export function AgencyChangeModal({ change, agency, regionCode, onClose }: { change: AgencyChange | null; agency: AgencyDetail; regionCode: string | null; onClose: () => void }) {
  return (
    <Modal
      title={change ? `${CHANGE_TITLES[change]}：${agency.name}` : ''}
      open={change !== null}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={change === 'duty-hours' ? 680 : 520}
    >
      {change && <ChangeForm change={change} agency={agency} regionCode={regionCode} onDone={onClose} />}
    </Modal>
  );
}
