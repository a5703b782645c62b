import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { unwrap } from '../../api/client';
import { ApiError, messageOf } from '../../api/errors';
import { TICKET_STATUS_LABELS, labelOf } from '../../i18n/labels';
import { formatInstant } from '../../lib/time';
import { publicIntake } from './public-api';
import { lookupRequestOf } from './public-forms';

interface LookupValues {
  reference?: string;
  code?: string;
}

/** 查询办理进度: the asker (or caller) reads the status and, once given, the answer. */
export function LookupScreen() {
  const [params] = useSearchParams();
  const [form] = Form.useForm<LookupValues>();
  const lookup = useMutation({
    mutationFn: (values: LookupValues) =>
      unwrap(publicIntake.POST('/v1/ticket-lookup', { body: lookupRequestOf(values) })),
  });
  const result = lookup.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>查询办理进度</h1>}>
        <Typography.Paragraph type="secondary">请输入提交咨询或来电时告知您的查询编号和查询码。</Typography.Paragraph>
        <Form<LookupValues>
          form={form}
          layout="vertical"
          initialValues={{ reference: params.get('reference') ?? undefined }}
          onFinish={(values) => lookup.mutate(values)}
        >
          <Form.Item
            name="reference"
            label="查询编号"
            rules={[{ required: true, whitespace: true, message: '请填写查询编号' }]}
          >
            <Input autoComplete="off" maxLength={40} style={{ maxWidth: 320 }} />
          </Form.Item>
          <Form.Item name="code" label="查询码" rules={[{ required: true, whitespace: true, message: '请填写查询码' }]}>
            <Input autoComplete="off" inputMode="numeric" maxLength={12} style={{ maxWidth: 200 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={lookup.isPending}>
            查询进度
          </Button>
        </Form>
      </Card>
      {lookup.error ? (
        <Alert
          type="error"
          showIcon
          title={
            lookup.error instanceof ApiError && lookup.error.status === 404
              ? '查询编号或查询码不正确，请核对后重试。'
              : messageOf(lookup.error)
          }
        />
      ) : null}
      {result && (
        <Card title="办理情况" data-testid="lookup-result">
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label="状态">
              <Tag color={result.coarseStatus === 'closed' ? 'green' : 'blue'} data-testid="lookup-status">
                {labelOf(TICKET_STATUS_LABELS, result.status)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label="下一步">{result.nextStep.zh}</Descriptions.Item>
            {result.answer && (
              <>
                <Descriptions.Item label="答复">
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="lookup-answer">
                    {result.answer.answer}
                  </Typography.Paragraph>
                </Descriptions.Item>
                {result.answer.citedArticles.length > 0 && (
                  <Descriptions.Item label="依据的法律条文">
                    {result.answer.citedArticles.map((article) => (
                      <Tag key={article}>{article}</Tag>
                    ))}
                  </Descriptions.Item>
                )}
                <Descriptions.Item label="答复时间">{formatInstant(result.answer.answeredAt)}</Descriptions.Item>
              </>
            )}
          </Descriptions>
        </Card>
      )}
    </Space>
  );
}
