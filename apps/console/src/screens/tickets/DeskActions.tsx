import { useMutation, useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Col,
  Descriptions,
  Form,
  Input,
  Row,
  Select,
  Space,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import { intake, unwrap } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { fieldErrorsOf } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { REQUEST_TYPE_LABELS, labelOf, optionsOf } from '../../i18n/labels';
import { useDraft } from '../../lib/drafts';
import { submitOnCtrlEnter } from '../../lib/shortcuts';
import { formatInstant } from '../../lib/time';
import { DeskAnswerFields, KnowledgePanel } from './DeskAnswerFields';
import {
  citeEntry,
  DESK_FORM_FIELD_OF_REQUEST_FIELD,
  deskAnswerBodyOf,
  type CitableEntry,
  type DeskAnswerValues,
} from './desk-answer';

type Ticket = components['schemas']['TicketView'];
type RequestType = components['schemas']['WorkOrderDto']['requestType'];

/** Shows the service's field errors beside the answer form's fields. */
function showFieldErrors(form: FormInstance<DeskAnswerValues>, error: unknown) {
  form.setFields(
    Object.entries(fieldErrorsOf(error))
      .map(([field, reason]) => [DESK_FORM_FIELD_OF_REQUEST_FIELD[field], reason] as const)
      .filter((entry): entry is [keyof DeskAnswerValues, string] => entry[0] !== undefined)
      .map(([name, reason]) => ({ name, errors: [reason] })),
  );
}

interface DeskAnswerFormProps {
  /** Where the draft is kept, one per ticket and form. */
  draftKey: string;
  /** The caller's question, to suggest knowledge entries from. */
  question: string;
  legalCategory: string;
  regionCode: string;
  submitLabel: string;
  /** Sends the answer; the form keeps what was typed if it fails. */
  send: (body: ReturnType<typeof deskAnswerBodyOf>) => Promise<unknown>;
  onDone: () => void;
  onCancel?: () => void;
}

/** An answer given at the desk with the knowledge base beside it (即时办结; also online questions). */
export function DeskAnswerForm({
  draftKey,
  question,
  legalCategory,
  regionCode,
  submitLabel,
  send,
  onDone,
  onCancel,
}: DeskAnswerFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DeskAnswerValues>();
  const draft = useDraft<DeskAnswerValues>(draftKey, {
    citedArticles: [],
    knowledgeEntries: [],
    caseEducationGiven: true,
  });
  const mutation = useMutation({
    mutationFn: (values: DeskAnswerValues) => send(deskAnswerBodyOf(values)),
    onSuccess: () => {
      draft.clear();
      void message.success('已即时办结');
      onDone();
    },
    onError: (error) => showFieldErrors(form, error),
  });
  const cite = (entry: CitableEntry, insertAnswer: boolean) => {
    const next = citeEntry(form.getFieldsValue(true) as DeskAnswerValues, entry, insertAnswer);
    form.setFieldsValue(next);
    draft.save(next);
    void message.success(`已引用：${entry.title}`);
  };
  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <Form<DeskAnswerValues>
          form={form}
          layout="vertical"
          initialValues={draft.draft}
          onValuesChange={(_, all) => draft.save(all)}
          onFinish={(values) => mutation.mutate({ ...(form.getFieldsValue(true) as DeskAnswerValues), ...values })}
          onKeyDown={(event) => submitOnCtrlEnter(event, () => form.submit())}
        >
          <ErrorAlert error={mutation.error} />
          <DeskAnswerFields autoFocus />
          <Space>
            <Button type="primary" htmlType="submit" loading={mutation.isPending}>
              {submitLabel}（Ctrl + Enter）
            </Button>
            {onCancel && <Button onClick={onCancel}>取消</Button>}
          </Space>
        </Form>
      </Col>
      <Col xs={24} lg={10}>
        <KnowledgePanel text={question} legalCategory={legalCategory} regionCode={regionCode} onCite={cite} />
      </Col>
    </Row>
  );
}

/** 即时办结 of a ticket kept at the desk. */
export function DeskResolveForm({ ticket, onDone }: { ticket: Ticket; onDone: () => void }) {
  return (
    <DeskAnswerForm
      draftKey={`ticket.${ticket.id}.desk-resolution`}
      question={ticket.summary}
      legalCategory={ticket.legalCategory}
      regionCode={ticket.regionCode}
      submitLabel="即时办结"
      send={(body) =>
        unwrap(intake.POST('/v1/tickets/{id}/desk-resolution', { params: { path: { id: ticket.id } }, body }))
      }
      onDone={onDone}
      onCancel={onDone}
    />
  );
}

interface WorkOrderValues {
  requestType?: RequestType;
  reason?: string;
}

/** 转为工单: the desk ticket goes to routing, as the request type it now is. */
export function WorkOrderForm({ ticket, onDone }: { ticket: Ticket; onDone: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<WorkOrderValues>();
  const draft = useDraft<WorkOrderValues>(`ticket.${ticket.id}.work-order`, { requestType: ticket.requestType });
  const mutation = useMutation({
    mutationFn: (values: WorkOrderValues) =>
      unwrap(
        intake.POST('/v1/tickets/{id}/work-order', {
          params: { path: { id: ticket.id } },
          body: { requestType: values.requestType!, reason: values.reason?.trim() ?? '' },
        }),
      ),
    onSuccess: () => {
      draft.clear();
      void message.success('已转为工单，正在分派');
      onDone();
    },
    onError: (error) =>
      form.setFields(
        Object.entries(fieldErrorsOf(error))
          .filter(([field]) => field === 'requestType' || field === 'reason')
          .map(([field, reason]) => ({ name: field as keyof WorkOrderValues, errors: [reason] })),
      ),
  });
  return (
    <Form<WorkOrderValues>
      form={form}
      layout="vertical"
      initialValues={draft.draft}
      onValuesChange={(_, all) => draft.save(all)}
      onFinish={(values) => mutation.mutate(values)}
      onKeyDown={(event) => submitOnCtrlEnter(event, () => form.submit())}
    >
      <ErrorAlert error={mutation.error} />
      <Typography.Paragraph>
        工单号、首问单位和办理记录保持不变，工单将按新的诉求类型分派至承办机构。
        {ticket.status === 'closed' ? '已办结的工单将同时重新打开。' : ''}
      </Typography.Paragraph>
      <Form.Item
        name="requestType"
        label="诉求类型"
        rules={[{ required: true, message: '请选择诉求类型' }]}
        extra="来电人决定申请法律援助或人民调解的，请改为相应类型"
      >
        <Select options={optionsOf(REQUEST_TYPE_LABELS)} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="转为工单原因"
        rules={[{ required: true, whitespace: true, message: '请填写原因' }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={2000}
          showCount
          autoFocus
          placeholder="例如：来电人咨询后决定申请法律援助，需法律援助机构审查并指派律师"
        />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          转为工单（Ctrl + Enter）
        </Button>
        <Button onClick={onDone}>取消</Button>
      </Space>
    </Form>
  );
}

/** What was done at the desk: the answer given (即时办结) and the later work order (转为工单). */
export function DeskRecord({ ticket }: { ticket: Ticket }) {
  const resolution = ticket.deskResolution;
  const dispatch = ticket.dispatch;
  if (!resolution && !dispatch) return null;
  return (
    <Descriptions size="small" column={1} bordered data-testid="desk-record">
      {resolution && (
        <>
          <Descriptions.Item label="即时办结答复">
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} data-testid="desk-answer">
              {resolution.answer}
            </Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label="引用法条">
            {resolution.citedArticles.length === 0
              ? '—'
              : resolution.citedArticles.map((article) => <Tag key={article}>{article}</Tag>)}
          </Descriptions.Item>
          <Descriptions.Item label="参考知识库">
            {resolution.knowledgeEntryIds.length === 0 ? '—' : <KnowledgeTitles ids={resolution.knowledgeEntryIds} />}
          </Descriptions.Item>
          <Descriptions.Item label="个案普法">{resolution.caseEducationGiven ? '已进行' : '未进行'}</Descriptions.Item>
          <Descriptions.Item label="办结人">
            {resolution.resolvedBy.agent ?? resolution.resolvedBy.organisation}（{formatInstant(resolution.resolvedAt)}
            ）
          </Descriptions.Item>
        </>
      )}
      {dispatch && (
        <Descriptions.Item label="转为工单">
          <span data-testid="desk-dispatch">
            {labelOf(REQUEST_TYPE_LABELS, dispatch.previousRequestType)}
            {dispatch.requestType !== dispatch.previousRequestType
              ? ` → ${labelOf(REQUEST_TYPE_LABELS, dispatch.requestType)}`
              : ''}
            ：{dispatch.reason}
          </span>
          （{dispatch.requestedBy.agent ?? dispatch.requestedBy.organisation}，{formatInstant(dispatch.requestedAt)}）
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/** Knowledge entries by title, each read once (they are few per answer). */
function KnowledgeTitles({ ids }: { ids: string[] }) {
  return (
    <Space wrap>
      {ids.map((id) => (
        <KnowledgeTitle key={id} id={id} />
      ))}
    </Space>
  );
}

function KnowledgeTitle({ id }: { id: string }) {
  const { data } = useKnowledgeEntry(id);
  return <Tag color="blue">{data?.title ?? '知识库条目'}</Tag>;
}

function useKnowledgeEntry(id: string) {
  return useQuery({
    queryKey: ['knowledge-entry', id],
    queryFn: () => unwrap(intake.GET('/v1/knowledge/entries/{id}', { params: { path: { id } } })),
    staleTime: 60_000,
    retry: false,
  });
}
