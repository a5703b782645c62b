import { useMutation } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Form, Input, Radio, Result, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { unwrap } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { fieldErrorsOf } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LEGAL_CATEGORY_LABELS, optionsOf } from '../../i18n/labels';
import { clearDraft, readDraft, writeDraft } from '../../lib/drafts';
import { submitOnCtrlEnter } from '../../lib/shortcuts';
import { publicIntake } from './public-api';
import { askRequestOf, EMPTY_QUESTION, PUBLIC_LANGUAGES, PUBLIC_REGIONS, type AskValues } from './public-forms';

type Receipt = components['schemas']['QuestionReceiptView'];

const DRAFT = 'public-question';
const KEY_DRAFT = 'public-question.idempotency-key';
const FIELDS: (keyof AskValues)[] = [
  'channel',
  'question',
  'legalCategory',
  'regionCode',
  'language',
  'callerName',
  'callerPhone',
  'specialLine',
];

function Receipt({ receipt, onAgain }: { receipt: Receipt; onAgain: () => void }) {
  return (
    <Result
      status="success"
      title="您的咨询已提交"
      subTitle="值班律师将在工作时间内答复。请记下查询编号和查询码，凭此查看答复；查询码只显示这一次。"
      extra={[
        <Link key="lookup" to={`/lookup?reference=${encodeURIComponent(receipt.reference)}`}>
          <Button type="primary">查询办理进度</Button>
        </Link>,
        <Button key="again" onClick={onAgain}>
          再提一个问题
        </Button>,
      ]}
    >
      <Descriptions bordered column={1} size="small">
        <Descriptions.Item label="咨询编号">{receipt.ticketNumber}</Descriptions.Item>
        <Descriptions.Item label="查询编号">
          <Typography.Text copyable strong data-testid="lookup-reference">
            {receipt.reference}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="查询码">
          <Typography.Text copyable strong data-testid="lookup-code">
            {receipt.code}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </Result>
  );
}

/** 网上咨询: a member of the public asks a legal question; the online desk answers it. */
export function AskScreen() {
  const [form] = Form.useForm<AskValues>();
  const [params] = useSearchParams();
  const [formKey, setFormKey] = useState(0);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const line = params.get('line') ?? undefined;
  const initial = { ...EMPTY_QUESTION, ...(line ? { specialLine: line } : {}), ...readDraft<AskValues>(DRAFT) };

  const ask = useMutation({
    mutationFn: (values: AskValues) => {
      // One key per question: a retry after a lost answer asks no second question.
      let key = readDraft<string>(KEY_DRAFT);
      if (!key) {
        key = crypto.randomUUID();
        writeDraft(KEY_DRAFT, key);
      }
      return unwrap(
        publicIntake.POST('/v1/questions', {
          body: askRequestOf(values),
          params: { header: { 'Idempotency-Key': key } },
        }),
      );
    },
    onSuccess: (result) => {
      clearDraft(DRAFT);
      clearDraft(KEY_DRAFT);
      setReceipt(result);
    },
    onError: (error) =>
      form.setFields(
        Object.entries(fieldErrorsOf(error))
          .filter(([field]) => FIELDS.includes(field as keyof AskValues))
          .map(([field, reason]) => ({ name: field as keyof AskValues, errors: [reason] })),
      ),
  });

  if (receipt) {
    return (
      <Card>
        <Receipt
          receipt={receipt}
          onAgain={() => {
            setReceipt(null);
            ask.reset();
            setFormKey((key) => key + 1);
          }}
        />
      </Card>
    );
  }

  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>网上法律咨询</h1>}>
      <Typography.Paragraph type="secondary">
        请描述您遇到的法律问题，值班律师将在工作时间内答复。提交后您会得到查询编号和查询码，凭此在“查询办理进度”中查看答复。
      </Typography.Paragraph>
      <ErrorAlert error={ask.error} />
      <Form<AskValues>
        key={formKey}
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={(_, all) => {
          writeDraft(DRAFT, all);
          if (ask.isError) clearDraft(KEY_DRAFT);
        }}
        onFinish={(values) => ask.mutate(values)}
        onKeyDown={(event) => submitOnCtrlEnter(event, () => form.submit())}
        requiredMark
      >
        <Form.Item name="channel" label="提问方式">
          <Radio.Group
            optionType="button"
            options={[
              { value: 'web', label: '网站' },
              { value: 'app', label: '移动应用' },
              { value: 'wechat', label: '微信' },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="question"
          label="您的问题"
          rules={[{ required: true, whitespace: true, message: '请填写您的问题' }]}
        >
          <Input.TextArea
            rows={5}
            maxLength={4000}
            showCount
            placeholder="例如：我在工厂上班，老板拖欠了三个月工资，我该怎么办？"
          />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="legalCategory" label="问题类别" rules={[{ required: true, message: '请选择问题类别' }]}>
              <Select options={optionsOf(LEGAL_CATEGORY_LABELS)} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="regionCode" label="所在地区" rules={[{ required: true, message: '请选择所在地区' }]}>
              <Select options={PUBLIC_REGIONS} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item
              name="callerName"
              label="姓名"
              rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}
            >
              <Input autoComplete="name" maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="callerPhone"
              label="联系电话"
              rules={[
                { required: true, message: '请填写联系电话' },
                { pattern: /^[\d\s-]+$/, message: '只能填写数字' },
              ]}
            >
              <Input autoComplete="tel" inputMode="tel" maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="language" label="希望使用的语言或方言">
              <Select options={PUBLIC_LANGUAGES} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="specialLine"
          label="专线代码（可选）"
          extra="通过专线宣传页进入的会自动填写，如 migrant-wages（农民工欠薪求助专线）"
        >
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={ask.isPending}>
            提交咨询
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
