import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, Modal, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FOLLOW_UP_RESULT_LABELS, REJECTION_REASON_LABELS, optionsOf } from '../../i18n/labels';
import type { BodyKind } from '../../auth/principal';
import { useDraft } from '../../lib/drafts';
import { submitOnCtrlEnter } from '../../lib/shortcuts';
import {
  acceptBodyOf,
  actionsOf,
  completeBodyOf,
  rejectBodyOf,
  rejectionNeedsNote,
  startBodyOf,
  type AcceptForm,
  type Assignment,
  type CompleteForm,
  type InboxAction,
  type RejectForm,
  type StartForm,
} from './inbox';
import { decide, type InboxCommand } from './inbox-api';

/** The visible text of each action's button (the browser tests look for exactly these). */
export const ACTION_BUTTONS: Record<InboxAction, string> = {
  accept: '接收',
  reject: '退回',
  start: '开始办理',
  complete: '办结',
};

const ACTION_TITLES: Record<InboxAction, string> = {
  accept: '接收事项',
  reject: '退回事项',
  start: '开始办理',
  complete: '办结事项',
};

const CONFIRM_TEXT: Record<InboxAction, string> = {
  accept: '确认接收',
  reject: '确认退回',
  start: '确认开始办理',
  complete: '确认办结',
};

type FormValues = AcceptForm & RejectForm & StartForm & CompleteForm;

/** The command an action's form sends. */
function commandOf(action: InboxAction, values: FormValues): InboxCommand {
  switch (action) {
    case 'accept':
      return { action, body: acceptBodyOf(values) };
    case 'reject':
      return { action, body: rejectBodyOf(values) };
    case 'start':
      return { action, body: startBodyOf(values) };
    case 'complete':
      return { action, body: completeBodyOf(values) };
  }
}

interface ActionFormProps {
  kind: BodyKind;
  assignment: Assignment;
  action: InboxAction;
  onDone: (updated: Assignment | null) => void;
}

/** One action's form; what was typed survives a failed request and a reload (sessionStorage). */
function ActionForm({ kind, assignment, action, onDone }: ActionFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const draft = useDraft<FormValues>(`assignment.${assignment.assignmentId}.${action}`, {});
  const reason: RejectForm['reason'] = Form.useWatch('reason', form);
  const mutation = useMutation({
    mutationFn: (values: FormValues) => decide(kind, assignment.assignmentId, commandOf(action, values)),
    onSuccess: (updated) => {
      draft.clear();
      void message.success(`${ACTION_TITLES[action]}：已保存`);
      onDone(updated);
    },
  });

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      initialValues={draft.draft}
      onValuesChange={(_, all) => draft.save(all)}
      onFinish={(values) => mutation.mutate(values)}
      onKeyDown={(event) => submitOnCtrlEnter(event, () => form.submit())}
    >
      <ErrorAlert error={mutation.error} />
      {action === 'reject' && (
        // Rejecting is the one step that cannot be undone: the dialog itself is the confirmation.
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="退回后本单位不能再接收该事项"
          description="工单将重新分派给其他机构，或退回首问单位处理。请确认原因后再提交。"
        />
      )}
      {action === 'reject' && (
        <Form.Item name="reason" label="退回原因" rules={[{ required: true, message: '请选择退回原因' }]}>
          <Select options={optionsOf(REJECTION_REASON_LABELS)} placeholder="请选择" autoFocus />
        </Form.Item>
      )}
      {action === 'complete' && (
        <>
          <Form.Item name="outcome" label="办理结果" rules={[{ required: true, message: '请选择办理结果' }]}>
            <Radio.Group options={optionsOf(FOLLOW_UP_RESULT_LABELS)} />
          </Form.Item>
          <Form.Item name="result" label="办理情况" rules={[{ required: true, whitespace: true, message: '请填写办理情况' }]}>
            <Input.TextArea rows={5} maxLength={4000} showCount placeholder="例如：经调解，用人单位支付拖欠工资 13000 元。" />
          </Form.Item>
        </>
      )}
      {action !== 'complete' && (
        <Form.Item
          name="note"
          label={action === 'reject' ? (rejectionNeedsNote(reason) ? '说明' : '说明（可选）') : '备注（可选）'}
          dependencies={['reason']}
          rules={[
            {
              required: action === 'reject' && rejectionNeedsNote(reason),
              whitespace: true,
              message: reason === 'insufficient-information' ? '请一次性写明缺少的材料或信息' : '请写明应由哪个地区或机构受理',
            },
          ]}
          extra={
            action === 'reject'
              ? '材料不足时请一次性写明缺少什么；不属本机构管辖时请写明应由哪里受理，首问单位据此重新分派。'
              : action === 'start'
                ? '例如：已指派某律师事务所某律师承办。'
                : undefined
          }
        >
          <Input.TextArea rows={3} maxLength={2000} showCount autoFocus={action !== 'reject'} />
        </Form.Item>
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={mutation.isPending} danger={action === 'reject'} autoInsertSpace={false}>
          {CONFIRM_TEXT[action]}
        </Button>
        <Button onClick={() => onDone(null)} autoInsertSpace={false}>
          取消
        </Button>
        <Typography.Text type="secondary">Ctrl + Enter 提交</Typography.Text>
      </Space>
    </Form>
  );
}

/** The buttons of what the staff may do now, each opening its form. */
export function AssignmentActions({ kind, assignment }: { kind: BodyKind; assignment: Assignment }) {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState<InboxAction | null>(null);
  const actions = actionsOf(assignment.status);
  if (actions.length === 0) return null;

  const done = (updated: Assignment | null) => {
    setOpen(null);
    if (updated) queryClient.setQueryData(['assignment', kind, updated.assignmentId], updated);
    void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    void queryClient.invalidateQueries({ queryKey: ['assignment', kind, assignment.assignmentId] });
  };

  return (
    <>
      <Space wrap>
        {actions.map((action) => (
          <Button
            key={action}
            type={action === 'reject' ? 'default' : 'primary'}
            danger={action === 'reject'}
            autoInsertSpace={false}
            onClick={() => setOpen(action)}
            data-testid={`assignment-${action}`}
          >
            {ACTION_BUTTONS[action]}
          </Button>
        ))}
      </Space>
      <Modal title={open ? `${ACTION_TITLES[open]}：${assignment.ticketNumber}` : ''} open={open !== null} onCancel={() => setOpen(null)} footer={null} destroyOnHidden>
        {open && <ActionForm kind={kind} assignment={assignment} action={open} onDone={done} />}
      </Modal>
    </>
  );
}
