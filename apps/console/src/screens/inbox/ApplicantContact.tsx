import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, messageOf } from '../../api/errors';
import type { BodyKind } from '../../auth/principal';
import { CALLER_ACCESS_PURPOSE_LABELS, labelOf } from '../../i18n/labels';
import { callerPurposesOf } from './inbox';
import { readCaller } from './inbox-api';

/**
 * The applicant's full name, phone and ID number, read only on request and with a purpose:
 * every read is written to the personal-data access trail that supervisors see.
 */
export function ApplicantContact({ kind, ticketId }: { kind: BodyKind; ticketId: string }) {
  const purposes = callerPurposesOf(kind);
  const [purpose, setPurpose] = useState(purposes[0]!);
  const read = useMutation({ mutationFn: () => readCaller(ticketId, purpose) });

  if (read.data) {
    return (
      <Descriptions
        size="small"
        column={1}
        bordered
        data-testid="applicant-contact"
        items={[
          { key: 'name', label: '姓名', children: read.data.name },
          { key: 'phone', label: '联系电话', children: read.data.phone },
          { key: 'id', label: '身份证号', children: read.data.idNumber ?? '未登记' },
          { key: 'purpose', label: '查看目的', children: `${labelOf(CALLER_ACCESS_PURPOSE_LABELS, read.data.purpose)}（已记入个人信息查阅记录）` },
        ]}
      />
    );
  }
  // Intake learns of the acceptance a moment after the inbox does.
  const justAccepted = read.error instanceof ApiError && read.error.problems.some((p) => p.code === 'PII.NOT_ENTITLED');
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          aria-label="查看目的"
          value={purpose}
          onChange={setPurpose}
          options={purposes.map((value) => ({ value, label: labelOf(CALLER_ACCESS_PURPOSE_LABELS, value) }))}
          style={{ width: 160 }}
        />
        <Button onClick={() => read.mutate()} loading={read.isPending} data-testid="read-applicant-contact">
          查看申请人联系方式
        </Button>
      </Space>
      <Typography.Text type="secondary">查看将连同查看目的记入个人信息查阅记录，督办部门可以查询。请仅为办理本事项查看。</Typography.Text>
      {read.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={messageOf(read.error)}
          description={justAccepted ? '如刚刚接收，接收结果同步需要几秒钟，请稍后再试。' : undefined}
        />
      ) : null}
    </Space>
  );
}
