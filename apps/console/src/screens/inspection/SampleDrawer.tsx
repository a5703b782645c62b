import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Input,
  Radio,
  Skeleton,
  Space,
  Statistic,
  Tag,
  Typography,
} from 'antd';
import { Link } from 'react-router';
import { intake, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  CHANNEL_LABELS,
  CHECKLIST_ITEM_LABELS,
  FOLLOW_UP_RESULT_LABELS,
  INSPECTION_GRADE_COLOURS,
  INSPECTION_GRADE_LABELS,
  LEGAL_CATEGORY_LABELS,
  REQUEST_TYPE_LABELS,
  SAMPLE_REASON_LABELS,
  SATISFACTION_LABELS,
  labelOf,
} from '../../i18n/labels';
import { useDraft } from '../../lib/drafts';
import { submitOnCtrlEnter } from '../../lib/shortcuts';
import { formatInstant } from '../../lib/time';
import {
  CHECKLIST_ITEMS,
  CHECKLIST_WEIGHTS,
  MAX_ITEM_SCORE,
  liveScoreOf,
  type ChecklistScores,
  type Sample,
  type SampleSummary,
} from './inspection';

interface ReviewForm {
  scores: Partial<ChecklistScores>;
  findings: string;
}

const RATINGS = Array.from({ length: MAX_ITEM_SCORE + 1 }, (_, rating) => ({ value: rating, label: String(rating) }));

/** The reviewed result: the five ratings, the total and grade, the findings. */
export function ReviewResult({ review }: { review: NonNullable<SampleSummary['review']> }) {
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      items={[
        {
          key: 'total',
          label: '总分',
          children: (
            <Space>
              <Typography.Text strong>{review.total}</Typography.Text>
              <Tag color={INSPECTION_GRADE_COLOURS[review.grade]}>{labelOf(INSPECTION_GRADE_LABELS, review.grade)}</Tag>
              {review.legalAccuracyFailed ? (
                <Typography.Text type="danger">法律适用准确低于 3 分，直接判为不合格</Typography.Text>
              ) : null}
            </Space>
          ),
        },
        { key: 'reviewer', label: '评查人', children: `${review.reviewerName}（${formatInstant(review.reviewedAt)}）` },
        ...CHECKLIST_ITEMS.map((item) => ({
          key: item,
          label: `${labelOf(CHECKLIST_ITEM_LABELS, item)}（${CHECKLIST_WEIGHTS[item]} 分）`,
          children: `${review.scores[item]} / ${MAX_ITEM_SCORE}`,
        })),
        {
          key: 'findings',
          label: '质检意见',
          span: 2,
          children: <div style={{ whiteSpace: 'pre-wrap' }}>{review.findings}</div>,
        },
        {
          key: 'ack',
          label: '坐席确认',
          span: 2,
          children: review.acknowledgedAt ? `已确认（${formatInstant(review.acknowledgedAt)}）` : '未确认',
        },
      ]}
    />
  );
}

function ReviewFormCard({ sample }: { sample: Sample }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ReviewForm>();
  const draft = useDraft<ReviewForm>(`inspection.${sample.id}`, { scores: {}, findings: '' });
  const scores = Form.useWatch('scores', form) as ReviewForm['scores'] | undefined;
  const live = liveScoreOf(scores ?? draft.draft.scores);
  const mutation = useMutation({
    mutationFn: (values: ReviewForm) =>
      unwrap(
        intake.POST('/v1/inspection/samples/{id}/review', {
          params: { path: { id: sample.id } },
          body: { scores: values.scores as ChecklistScores, findings: values.findings.trim() },
        }),
      ),
    onSuccess: (reviewed) => {
      draft.clear();
      queryClient.setQueryData(['inspection', 'sample', sample.id], reviewed);
      void queryClient.invalidateQueries({ queryKey: ['inspection'] });
      void message.success('评查结果已保存，已反馈给坐席');
    },
  });
  return (
    <Card size="small" title="评查（质检评分表）">
      <Form<ReviewForm>
        form={form}
        layout="horizontal"
        labelCol={{ flex: '220px' }}
        initialValues={draft.draft}
        onValuesChange={(_, all) => draft.save(all)}
        onFinish={(values) => mutation.mutate(values)}
        onKeyDown={(event) => submitOnCtrlEnter(event, () => form.submit())}
      >
        <ErrorAlert error={mutation.error} />
        {CHECKLIST_ITEMS.map((item) => (
          <Form.Item
            key={item}
            name={['scores', item]}
            label={`${labelOf(CHECKLIST_ITEM_LABELS, item)}（${CHECKLIST_WEIGHTS[item]} 分）`}
            rules={[{ required: true, message: `请为“${labelOf(CHECKLIST_ITEM_LABELS, item)}”评分` }]}
          >
            <Radio.Group optionType="button" options={RATINGS} />
          </Form.Item>
        ))}
        <Space size="large" style={{ marginBottom: 16 }} data-testid="inspection-live-score">
          <Statistic title="总分（满分 100）" value={live.total} />
          <div>
            <Typography.Text type="secondary">等级</Typography.Text>
            <div>
              {live.grade ? (
                <Tag color={INSPECTION_GRADE_COLOURS[live.grade]}>{labelOf(INSPECTION_GRADE_LABELS, live.grade)}</Tag>
              ) : (
                <Typography.Text type="secondary">逐项评分后显示</Typography.Text>
              )}
            </div>
          </div>
          {live.legalAccuracyFailed ? (
            <Alert type="error" showIcon title="法律适用准确低于 3 分：无论总分多少均为不合格" />
          ) : null}
        </Space>
        <Form.Item
          name="findings"
          label="质检意见"
          labelCol={{ span: 24 }}
          rules={[{ required: true, whitespace: true, message: '请填写反馈给坐席的质检意见' }]}
        >
          <Input.TextArea
            rows={4}
            maxLength={4000}
            showCount
            placeholder="例如：法律适用准确，建议说明仲裁时效的起算点。"
          />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={mutation.isPending}>
            保存评查结果
          </Button>
          <Typography.Text type="secondary">Ctrl + Enter 提交</Typography.Text>
        </Space>
      </Form>
    </Card>
  );
}

/** A sample as the reviewer reads it: the question, the answers given, the follow-up calls; then the checklist. */
export function SampleDrawer({ sampleId, onClose }: { sampleId: string | null; onClose: () => void }) {
  const sample = useQuery({
    queryKey: ['inspection', 'sample', sampleId],
    queryFn: () => unwrap(intake.GET('/v1/inspection/samples/{id}', { params: { path: { id: sampleId! } } })),
    enabled: sampleId !== null,
  });
  const data = sample.data;
  return (
    <Drawer
      open={sampleId !== null}
      onClose={onClose}
      size={820}
      title={data ? `质检样本：${data.ticketNumber}` : '质检样本'}
      destroyOnHidden
    >
      <ErrorAlert error={sample.error} />
      {!data ? (
        sample.isLoading ? (
          <Skeleton active />
        ) : null
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              {
                key: 'ticket',
                label: '工单号',
                children: <Link to={`/tickets/${data.ticketId}`}>{data.ticketNumber}</Link>,
              },
              { key: 'reason', label: '抽检原因', children: labelOf(SAMPLE_REASON_LABELS, data.reason) },
              { key: 'agent', label: '坐席', children: data.agentName ?? data.agentId },
              { key: 'channel', label: '受理渠道', children: labelOf(CHANNEL_LABELS, data.ticket.channel) },
              { key: 'type', label: '诉求类型', children: labelOf(REQUEST_TYPE_LABELS, data.requestType) },
              { key: 'category', label: '法律事项类别', children: labelOf(LEGAL_CATEGORY_LABELS, data.legalCategory) },
              { key: 'opened', label: '受理时间', children: formatInstant(data.ticket.openedAt) },
              { key: 'period', label: '抽检月份', children: data.period },
              { key: 'question', label: '来电人问题', span: 2, children: data.question },
            ]}
          />
          {data.ticket.deskAnswer ? (
            <Card
              size="small"
              title={`即时办结答复（${data.ticket.deskAnswer.resolvedBy ?? '—'}，${formatInstant(data.ticket.deskAnswer.resolvedAt)}）`}
            >
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                {data.ticket.deskAnswer.answer}
              </Typography.Paragraph>
              <Typography.Text type="secondary">
                引用法条：{data.ticket.deskAnswer.citedArticles.join('；') || '无'} · 参考知识库条目{' '}
                {data.ticket.deskAnswer.knowledgeEntryIds.length} 条 · 个案普法：
                {data.ticket.deskAnswer.caseEducationGiven ? '已开展' : '未开展'}
              </Typography.Text>
            </Card>
          ) : null}
          {data.ticket.answer ? (
            <Card
              size="small"
              title={`答复来电人（${data.ticket.answer.answeredBy ?? '—'}，${formatInstant(data.ticket.answer.answeredAt)}）`}
            >
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {data.ticket.answer.answer}
              </Typography.Paragraph>
            </Card>
          ) : null}
          <Card size="small" title="回访记录">
            {data.ticket.followUps.length === 0 ? (
              <Typography.Text type="secondary">尚无回访</Typography.Text>
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {data.ticket.followUps.map((call) => (
                  <li key={call.recordedAt}>
                    {formatInstant(call.recordedAt)}：{labelOf(FOLLOW_UP_RESULT_LABELS, call.result)}，
                    {labelOf(SATISFACTION_LABELS, call.satisfaction)}
                  </li>
                ))}
              </ul>
            )}
            {data.ticket.followUpNote ? (
              <Typography.Paragraph type="secondary">回访说明：{data.ticket.followUpNote}</Typography.Paragraph>
            ) : null}
          </Card>
          {data.review ? (
            <Card size="small" title="评查结果">
              <ReviewResult review={data.review} />
            </Card>
          ) : (
            <ReviewFormCard sample={data} />
          )}
        </Space>
      )}
    </Drawer>
  );
}
