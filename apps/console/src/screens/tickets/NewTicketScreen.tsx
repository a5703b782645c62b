import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Col, Descriptions, Form, Input, List, Radio, Result, Row, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { intake, unwrap } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { fieldErrorsOf } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionCascader } from '../../components/RegionCascader';
import { StatusTag } from '../../components/StatusTag';
import {
  CHANNEL_LABELS,
  LANGUAGE_OPTIONS,
  LEGAL_CATEGORY_LABELS,
  ORGAN_TYPE_LABELS,
  REQUEST_TYPE_LABELS,
  labelOf,
  optionsOf,
} from '../../i18n/labels';
import { clearDraft, readDraft, writeDraft } from '../../lib/drafts';
import { submitOnCtrlEnter } from '../../lib/shortcuts';
import { formatInstant } from '../../lib/time';
import { RoutingOutcome } from './RoutingOutcome';
import { DeskAnswerFields, KnowledgePanel } from './DeskAnswerFields';
import { citeEntry, type CitableEntry } from './desk-answer';
import {
  EMPTY_TICKET,
  FORM_FIELD_OF_REQUEST_FIELD,
  isSearchablePhone,
  normalisePhone,
  offersHandlingChoice,
  openTicketRequestOf,
  type NewTicketValues,
} from './new-ticket-form';

type Opened = components['schemas']['OpenedTicketView'];

const DRAFT = 'new-ticket';
const KEY_DRAFT = 'new-ticket.idempotency-key';
const CHANNEL_OPTIONS = optionsOf(CHANNEL_LABELS).filter((option) => option.value !== 'partner');

/** Earlier open tickets of this caller, found while the number is typed. */
function PossibleDuplicates({ phone }: { phone: string | undefined }) {
  const [debounced, setDebounced] = useState(phone);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(phone), 400);
    return () => clearTimeout(timer);
  }, [phone]);
  const number = normalisePhone(debounced);
  const { data } = useQuery({
    queryKey: ['tickets-by-phone', number],
    queryFn: () => unwrap(intake.GET('/v1/tickets', { params: { query: { callerPhone: number, pageSize: 5 } } })),
    enabled: isSearchablePhone(number),
    staleTime: 10_000,
  });
  const open = (data?.items ?? []).filter((ticket) => ticket.coarseStatus === 'open');
  if (!isSearchablePhone(number) || !data) return null;
  if (open.length === 0) return <Typography.Text type="secondary">该号码暂无未办结的工单。</Typography.Text>;
  return (
    <Card size="small" title={`该来电人有 ${open.length} 张未办结工单，可能是同一诉求`} data-testid="possible-duplicates" style={{ borderColor: '#d48806' }}>
      <List
        size="small"
        dataSource={open}
        renderItem={(ticket) => (
          <List.Item>
            <Space wrap>
              <Link to={`/tickets/${ticket.id}`} target="_blank">
                {ticket.ticketNumber}
              </Link>
              <StatusTag status={ticket.status} />
              <span>{labelOf(LEGAL_CATEGORY_LABELS, ticket.legalCategory)}</span>
              <span>{formatInstant(ticket.openedAt)}</span>
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** Open special lines (专线) to record the call against. */
function SpecialLineSelect(props: { value?: string; onChange?: (value: string | undefined) => void; id?: string }) {
  const { data, error } = useQuery({
    queryKey: ['special-lines', 'open'],
    queryFn: () => unwrap(intake.GET('/v1/special-lines', { params: { query: { status: 'open' } } })),
    staleTime: 60_000,
  });
  return (
    <Select
      {...props}
      aria-label="专线"
      allowClear
      placeholder={error ? '专线暂时无法读取' : '不经专线'}
      options={(data?.lines ?? []).map((line) => ({ value: line.code, label: line.regionName ? `${line.name}（${line.regionName}）` : line.name }))}
    />
  );
}

/** What the result page says was done with the ticket. */
function titleOf(opened: Opened): string {
  if (opened.status === 'closed') return `已即时办结：${opened.ticketNumber}`;
  if (opened.status === 'at-desk') return `已留坐席待答：${opened.ticketNumber}`;
  return `工单已保存：${opened.ticketNumber}`;
}

function OpenedResult({ opened, onNext }: { opened: Opened; onNext: () => void }) {
  const navigate = useNavigate();
  const atDesk = opened.status === 'closed' || opened.status === 'at-desk';
  return (
    <Result
      status="success"
      title={<span data-testid="opened-title">{titleOf(opened)}</span>}
      subTitle={
        opened.status === 'closed'
          ? '答复已记录，工单已办结，未派往承办机构。请把查询编号和查询码告知来电人，凭此可查询答复内容。查询码只显示这一次。'
          : '请把查询编号和查询码告知来电人，凭此可自助查询办理进度。查询码只显示这一次。'
      }
      extra={[
        <Button type="primary" key="open" onClick={() => void navigate(`/tickets/${opened.id}`)}>
          查看工单
        </Button>,
        <Button key="next" onClick={onNext} autoFocus>
          新建下一张（Alt + N）
        </Button>,
      ]}
    >
      <Descriptions bordered column={1} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label="工单号">{opened.ticketNumber}</Descriptions.Item>
        <Descriptions.Item label="查询编号">
          <Typography.Text copyable strong data-testid="lookup-reference">
            {opened.reference}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="查询码">
          <Typography.Text copyable strong data-testid="lookup-code">
            {opened.lookupCode}
          </Typography.Text>
        </Descriptions.Item>
        {opened.possibleDuplicates.length > 0 && (
          <Descriptions.Item label="可能重复">
            {opened.possibleDuplicates.map((duplicate) => (
              <Link key={duplicate.id} to={`/tickets/${duplicate.id}`} style={{ marginInlineEnd: 8 }}>
                {duplicate.ticketNumber}
              </Link>
            ))}
          </Descriptions.Item>
        )}
      </Descriptions>
      {atDesk ? (
        <Typography.Paragraph type="secondary">
          {opened.status === 'closed' ? '本工单在坐席即时办结，可被抽取回访和服务质检；如需承办机构办理，可在工单页“转为工单”。' : '本工单留在坐席待答，可在工单页即时办结或转为工单。'}
        </Typography.Paragraph>
      ) : (
        <Card size="small" title="分派结果">
          <RoutingOutcome ticketId={opened.id} />
        </Card>
      )}
    </Result>
  );
}

export function NewTicketScreen() {
  const [form] = Form.useForm<NewTicketValues>();
  const { message } = App.useApp();
  // A new form (new key) starts from the saved draft, or empty once the draft is cleared.
  const [formKey, setFormKey] = useState(0);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- formKey is the reason to read the draft again
  const initial = useMemo(() => ({ ...EMPTY_TICKET, ...readDraft<NewTicketValues>(DRAFT) }), [formKey]);
  const [opened, setOpened] = useState<Opened | null>(null);
  const phone = Form.useWatch('callerPhone', form);
  const requestType = Form.useWatch('requestType', form);
  const summary = Form.useWatch('summary', form);
  const legalCategory = Form.useWatch('legalCategory', form);
  const region = Form.useWatch('region', form);
  const handlingMode = Form.useWatch('handlingMode', form);
  const dangerous = Form.useWatch('dangerous', form);
  const deskChoice = offersHandlingChoice(requestType);
  const cite = (entry: CitableEntry, insertAnswer: boolean) => {
    const values = form.getFieldsValue(true) as NewTicketValues;
    const next = citeEntry(values, entry, insertAnswer);
    form.setFieldsValue({ ...next, handlingMode: values.handlingMode ?? 'resolve' });
    writeDraft(DRAFT, { ...values, ...next });
    void message.success(`已引用：${entry.title}`);
  };

  const save = useMutation({
    mutationFn: async (values: NewTicketValues) => {
      // One key per draft: a retry after a lost answer opens no second ticket.
      let key = readDraft<string>(KEY_DRAFT);
      if (!key) {
        key = crypto.randomUUID();
        writeDraft(KEY_DRAFT, key);
      }
      return unwrap(intake.POST('/v1/tickets', { body: openTicketRequestOf(values), params: { header: { 'Idempotency-Key': key } } }));
    },
    onSuccess: (result) => {
      clearDraft(DRAFT);
      clearDraft(KEY_DRAFT);
      setOpened(result);
      void message.success(`工单 ${result.ticketNumber} 已保存`);
    },
    onError: (error) => {
      const fields = fieldErrorsOf(error);
      form.setFields(
        Object.entries(fields)
          .filter(([field]) => FORM_FIELD_OF_REQUEST_FIELD[field])
          .map(([field, reason]) => ({ name: FORM_FIELD_OF_REQUEST_FIELD[field]!, errors: [reason] })),
      );
    },
  });

  const startNext = () => {
    clearDraft(DRAFT);
    clearDraft(KEY_DRAFT);
    setOpened(null);
    save.reset();
    setFormKey((key) => key + 1);
  };

  if (opened) return <OpenedResult opened={opened} onNext={startNext} />;

  return (
    <Card title="新建工单" extra={<Typography.Text type="secondary">填写内容自动保存，刷新页面不会丢失</Typography.Text>}>
      <ErrorAlert error={save.error} />
      <Row gutter={24}>
        <Col xs={24} xl={16}>
          <Form<NewTicketValues>
            key={formKey}
            form={form}
            layout="vertical"
            initialValues={initial}
            onValuesChange={(_, all) => {
              writeDraft(DRAFT, all);
              // A changed form is a new request: a stale key would be refused as reused.
              if (save.isError) clearDraft(KEY_DRAFT);
            }}
            onFinish={(values) => save.mutate(values)}
            onKeyDown={(event) => submitOnCtrlEnter(event, () => form.submit())}
            scrollToFirstError
            requiredMark
          >
            <div>
              <Form.Item name="channel" label="受理渠道" rules={[{ required: true, message: '请选择受理渠道' }]}>
                <Radio.Group options={CHANNEL_OPTIONS} optionType="button" />
              </Form.Item>
            </div>
            <Typography.Title level={5}>来电人</Typography.Title>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="callerName" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写来电人姓名' }]}>
                  <Input autoComplete="off" maxLength={100} />
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
                  extra="手机号 11 位，固定电话含区号"
                >
                  <Input autoComplete="off" inputMode="tel" maxLength={20} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="callerIdNumber" label="身份证号（可选）">
                  <Input autoComplete="off" maxLength={18} />
                </Form.Item>
              </Col>
            </Row>
            <div style={{ marginBottom: 16 }}>
              <PossibleDuplicates phone={phone} />
            </div>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="language" label="语言或方言" rules={[{ required: true, message: '请选择语言或方言' }]}>
                  <Select options={LANGUAGE_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={16}>
                <Form.Item name="accessibilityNeeds" label="无障碍需求（可选）" extra="如：手语翻译、轮椅通道，可输入后回车">
                  <Select
                    mode="tags"
                    options={[
                      { value: '手语翻译', label: '手语翻译' },
                      { value: '轮椅通道', label: '轮椅通道' },
                      { value: '盲文材料', label: '盲文材料' },
                      { value: '上门服务', label: '上门服务' },
                    ]}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Title level={5}>诉求</Typography.Title>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="requestType" label="诉求类型" rules={[{ required: true, message: '请选择诉求类型' }]}>
                  <Select options={optionsOf(REQUEST_TYPE_LABELS)} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="legalCategory" label="法律事项类别" rules={[{ required: true, message: '请选择法律事项类别' }]}>
                  <Select options={optionsOf(LEGAL_CATEGORY_LABELS)} showSearch={{ optionFilterProp: 'label' }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="region" label="所在地区" rules={[{ required: true, message: '请选择所在地区（至少到县区）' }]} extra="选到乡镇（街道）或村（社区）分派更准确">
                  <RegionCascader aria-label="所在地区" />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item name="arosenIn" label="事由发生地（可选）" extra="《法律援助法》第三十八条：据此确定受理的法律援助机构">
                  <RegionCascader aria-label="事由发生地" />
                </Form.Item>
              </Col>
              {requestType === 'legal-aid-application' && (
                <>
                  <Col xs={24} md={5}>
                    <Form.Item name="organType" label="办案机关类型（诉讼事项）">
                      <Select allowClear options={optionsOf(ORGAN_TYPE_LABELS)} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={5}>
                    <Form.Item name="organName" label="办案机关名称">
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item name="organRegion" label="办案机关所在地">
                      <RegionCascader aria-label="办案机关所在地" />
                    </Form.Item>
                  </Col>
                </>
              )}
            </Row>
            <Form.Item name="summary" label="诉求摘要" rules={[{ required: true, whitespace: true, message: '请填写诉求摘要' }]}>
              <Input.TextArea rows={4} maxLength={4000} showCount />
            </Form.Item>
            <Form.Item label="标记">
              <Space wrap>
                <Form.Item name="urgent" valuePropName="checked" noStyle>
                  <Checkbox>紧急</Checkbox>
                </Form.Item>
                <Form.Item name="dangerous" valuePropName="checked" noStyle>
                  <Checkbox>紧情要情（可能激化，立即移交 110 并提醒督办）</Checkbox>
                </Form.Item>
                <Form.Item name="migrantWorkerWageClaim" valuePropName="checked" noStyle>
                  <Checkbox>农民工讨薪（绿色通道）</Checkbox>
                </Form.Item>
                <Form.Item name="veteran" valuePropName="checked" noStyle>
                  <Checkbox>退役军人</Checkbox>
                </Form.Item>
              </Space>
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="specialLine" label="专线（可选）" extra="经专线来电的，选择该专线">
                  <SpecialLineSelect />
                </Form.Item>
              </Col>
            </Row>
            {deskChoice && (
              <>
                <Typography.Title level={5}>办理方式</Typography.Title>
                <Form.Item name="handlingMode" label="办理方式" rules={[{ required: true, message: '请选择办理方式' }]}>
                  <Radio.Group
                    optionType="button"
                    options={[
                      { value: 'resolve', label: '即时办结' },
                      { value: 'desk', label: '留坐席待答' },
                      { value: 'dispatch', label: '派单至承办机构' },
                    ]}
                  />
                </Form.Item>
                {handlingMode === 'resolve' && dangerous && (
                  <Typography.Paragraph type="danger">紧情要情须移交并派单，不能即时办结，请选择“派单至承办机构”。</Typography.Paragraph>
                )}
                {(handlingMode ?? 'resolve') === 'resolve' && <DeskAnswerFields />}
                {handlingMode === 'desk' && (
                  <Typography.Paragraph type="secondary">工单留在坐席，稍后在工单页答复并办结，或转为工单派往承办机构。</Typography.Paragraph>
                )}
                {handlingMode === 'dispatch' && (
                  <Form.Item
                    name="dispatchReason"
                    label="派单原因"
                    rules={[{ required: true, whitespace: true, message: '请填写为何需要承办机构办理' }]}
                    extra="咨询和投诉一般由坐席答复；只有确需当地承办机构办理的才派单"
                  >
                    <Input.TextArea rows={2} maxLength={2000} showCount />
                  </Form.Item>
                )}
              </>
            )}
            <Space>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {deskChoice && (handlingMode ?? 'resolve') === 'resolve' ? '保存工单并即时办结（Ctrl + Enter）' : '保存工单（Ctrl + Enter）'}
              </Button>
              <Button
                onClick={startNext}
              >
                清空
              </Button>
            </Space>
          </Form>
        </Col>
        <Col xs={24} xl={8}>
          <div style={{ position: 'sticky', top: 16 }}>
            <KnowledgePanel text={summary} legalCategory={legalCategory} regionCode={region?.[region.length - 1]} onCite={cite} />
          </div>
        </Col>
      </Row>
    </Card>
  );
}
