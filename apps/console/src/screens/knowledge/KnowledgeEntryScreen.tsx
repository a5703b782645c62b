import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Descriptions,
  Form,
  Input,
  Modal,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { intake, unwrap } from '../../api/client';
import { messageOf } from '../../api/errors';
import type { components } from '../../api/generated/intake';
import { usePrincipal } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  KNOWLEDGE_KIND_LABELS,
  KNOWLEDGE_STATUS_COLOURS,
  KNOWLEDGE_STATUS_LABELS,
  LEGAL_CATEGORY_LABELS,
  labelOf,
} from '../../i18n/labels';
import { formatInstant } from '../../lib/time';
import { useSpecialLineOptions } from './Highlighted';
import { KnowledgeEditor } from './KnowledgeEditor';
import { changeNoteText, entryActionsOf, type KnowledgeEntryDetail } from './knowledge';

type Content = components['schemas']['RevisionContentView'];
type Version = components['schemas']['KnowledgeVersionView'];

function ContentView({ content, specialLineNames }: { content: Content; specialLineNames: Map<string, string> }) {
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions
        size="small"
        bordered
        column={2}
        items={[
          { key: 'kind', label: '条目类型', children: labelOf(KNOWLEDGE_KIND_LABELS, content.kind) },
          { key: 'category', label: '法律事项类别', children: labelOf(LEGAL_CATEGORY_LABELS, content.legalCategory) },
          {
            key: 'regions',
            label: '适用地区',
            children: content.regionCodes.length > 0 ? content.regionCodes.join('、') : '全国通用',
          },
          {
            key: 'lines',
            label: '所属专线',
            children: content.specialLineCodes.map((code) => specialLineNames.get(code) ?? code).join('、') || '—',
          },
          {
            key: 'valid',
            label: '有效期',
            span: 2,
            children: `${content.validFrom} 起${content.validUntil ? `，至 ${content.validUntil}` : '，长期有效'}`,
          },
          { key: 'question', label: '常见问法', span: 2, children: content.question },
          {
            key: 'answer',
            label: '答复内容',
            span: 2,
            children: <div style={{ whiteSpace: 'pre-wrap' }}>{content.answer}</div>,
          },
          {
            key: 'articles',
            label: '引用法条',
            span: 2,
            children:
              content.citedArticles.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {content.citedArticles.map((article) => (
                    <li key={article}>{article}</li>
                  ))}
                </ul>
              ) : (
                '—'
              ),
          },
          ...(content.guide
            ? [
                { key: 'body', label: '受理机构', span: 2, children: content.guide.body },
                { key: 'where', label: '办理地点和方式', span: 2, children: content.guide.whereToApply },
                { key: 'materials', label: '申请材料', span: 2, children: content.guide.materials.join('、') || '—' },
                { key: 'limit', label: '办理时限', span: 2, children: content.guide.timeLimit ?? '—' },
              ]
            : []),
        ]}
      />
    </Space>
  );
}

function ReviewModal({
  entry,
  decision,
  onClose,
}: {
  entry: KnowledgeEntryDetail;
  decision: 'publish' | 'return' | 'retire' | null;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ note: string }>();
  const mutation = useMutation({
    mutationFn: ({ note }: { note: string }) => {
      const path = { params: { path: { id: entry.id } } };
      const trimmed = note?.trim() ? note.trim() : null;
      return decision === 'retire'
        ? unwrap(intake.POST('/v1/knowledge/entries/{id}/retire', { ...path, body: { note: trimmed } }))
        : unwrap(
            intake.POST('/v1/knowledge/entries/{id}/review', { ...path, body: { decision: decision!, note: trimmed } }),
          );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['knowledge'] });
      void message.success(decision === 'publish' ? '已发布' : decision === 'return' ? '已退回作者修改' : '已停用');
      onClose();
    },
  });
  const titles = { publish: '发布条目', return: '退回修改', retire: '停用条目' } as const;
  return (
    <Modal
      title={decision ? `${titles[decision]}：${entry.title}` : ''}
      open={decision !== null}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => mutation.mutate(values)}>
        <ErrorAlert error={mutation.error} />
        <Form.Item
          name="note"
          label={
            decision === 'return' ? '需要修改的内容' : decision === 'retire' ? '停用原因（可空）' : '审核意见（可空）'
          }
          rules={
            decision === 'return' ? [{ required: true, whitespace: true, message: '退回时请写明需要修改的内容' }] : []
          }
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Space>
          <Button type="primary" danger={decision !== 'publish'} htmlType="submit" loading={mutation.isPending}>
            {decision ? `确认${titles[decision].slice(0, 2)}` : '确认'}
          </Button>
          <Button onClick={onClose}>取消</Button>
        </Space>
      </Form>
    </Modal>
  );
}

function VersionsTable({ versions }: { versions: Version[] }) {
  return (
    <Table<Version>
      rowKey="version"
      size="small"
      pagination={{ pageSize: 10, hideOnSinglePage: true }}
      dataSource={versions}
      columns={[
        { title: '版本', dataIndex: 'version', width: 70 },
        { title: '时间', dataIndex: 'changedAt', width: 150, render: (at: string) => formatInstant(at) },
        { title: '操作人', key: 'by', width: 100, render: (_, version) => version.changedBy.name },
        { title: '变更', dataIndex: 'changeNote', render: (note: string) => changeNoteText(note) },
        {
          title: '当时标题',
          key: 'title',
          render: (_, version) => (typeof version.snapshot.title === 'string' ? version.snapshot.title : '—'),
        },
      ]}
    />
  );
}

/** One knowledge entry: its text, pending revision, every version, and what the person may do with it. */
export function KnowledgeEntryScreen() {
  const { id = '' } = useParams();
  const principal = usePrincipal();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [decision, setDecision] = useState<'publish' | 'return' | 'retire' | null>(null);
  const specialLines = useSpecialLineOptions();
  const specialLineNames = new Map(specialLines.map((line) => [line.value, line.label]));
  const detail = useQuery({
    queryKey: ['knowledge', 'entry', id],
    queryFn: () => unwrap(intake.GET('/v1/knowledge/entries/{id}', { params: { path: { id } } })),
  });
  const submit = useMutation({
    mutationFn: () => unwrap(intake.POST('/v1/knowledge/entries/{id}/submit', { params: { path: { id } }, body: {} })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['knowledge'] });
      void message.success('已提交审核');
    },
    onError: (error) => void message.error(messageOf(error)),
  });

  const entry = detail.data;
  if (!entry) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Link to="/knowledge">返回知识库</Link>
        <ErrorAlert error={detail.error} />
        {detail.isLoading ? <Skeleton active /> : null}
      </Space>
    );
  }
  const actions = entryActionsOf(entry, principal);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to="/knowledge">返回知识库</Link>
      <Space wrap align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {entry.title}
        </Typography.Title>
        <Tag color={KNOWLEDGE_STATUS_COLOURS[entry.status]} data-testid="knowledge-status">
          {labelOf(KNOWLEDGE_STATUS_LABELS, entry.status)}
        </Tag>
        <Typography.Text type="secondary">
          第 {entry.version} 版 · 作者 {entry.author.name}
          {entry.reviewer ? ` · 审核 ${entry.reviewer.name}` : ''}
          {entry.publishedAt ? ` · 发布于 ${formatInstant(entry.publishedAt)}` : ''}
        </Typography.Text>
      </Space>
      {entry.status === 'returned' && entry.reviewNote ? (
        <Alert
          type="warning"
          showIcon
          title={`审核退回：${entry.reviewNote}`}
          description="请按意见修改后再次提交审核。"
        />
      ) : null}
      {actions.ownWorkInReview && actions.review ? (
        <Alert type="info" showIcon title="这是您撰写的内容，需由其他坐席班长或督办人员审核（双人审核）。" />
      ) : null}
      <Space wrap>
        {actions.review ? (
          <>
            <Button type="primary" onClick={() => setDecision('publish')}>
              {entry.revision?.status === 'in-review' ? '发布修改稿' : '发布'}
            </Button>
            <Button onClick={() => setDecision('return')}>退回修改</Button>
          </>
        ) : null}
        {actions.edit ? (
          <Button onClick={() => setEditing(true)}>
            {entry.status === 'published' ? '修改（生成修改稿）' : '修改'}
          </Button>
        ) : null}
        {actions.submit ? (
          <Button
            type={actions.review ? 'default' : 'primary'}
            loading={submit.isPending}
            onClick={() => submit.mutate()}
          >
            提交审核
          </Button>
        ) : null}
        {actions.retire ? (
          <Button danger onClick={() => setDecision('retire')}>
            停用
          </Button>
        ) : null}
      </Space>
      {entry.revision ? (
        <Card
          size="small"
          title={
            <Space>
              修改稿
              <Tag color={entry.revision.status === 'in-review' ? 'gold' : 'red'}>
                {entry.revision.status === 'in-review' ? '审核中' : '已退回'}
              </Tag>
              <Typography.Text type="secondary">
                {entry.revision.editedBy.name} 修改于 {formatInstant(entry.revision.editedAt)}
              </Typography.Text>
            </Space>
          }
        >
          {entry.revision.reviewNote ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={`审核意见：${entry.revision.reviewNote}`}
            />
          ) : null}
          <ContentView content={entry.revision.content} specialLineNames={specialLineNames} />
        </Card>
      ) : null}
      <Card size="small" title={entry.revision ? '现行内容' : '条目内容'}>
        <ContentView content={entry} specialLineNames={specialLineNames} />
      </Card>
      <Collapse
        items={[
          {
            key: 'versions',
            label: `版本记录（${entry.versions.length}）`,
            children: <VersionsTable versions={entry.versions} />,
          },
        ]}
        defaultActiveKey={['versions']}
      />
      <KnowledgeEditor open={editing} entry={entry} onClose={() => setEditing(false)} />
      <ReviewModal entry={entry} decision={decision} onClose={() => setDecision(null)} />
    </Space>
  );
}
