import { useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, Empty, Form, Input, List, Select, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { intake, unwrap } from '../../api/client';
import type { components } from '../../api/generated/intake';
import { messageOf } from '../../api/errors';
import { KNOWLEDGE_KIND_LABELS, LEGAL_CATEGORY_LABELS, labelOf } from '../../i18n/labels';
import { markedParts, type CitableEntry, type UsedEntry } from './desk-answer';

type LegalCategory = components['schemas']['KnowledgeSuggestionView']['legalCategory'];

/** The text after the agent stopped typing for `ms`. */
function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function Marked({ text, marks }: { text: string; marks: readonly { start: number; length: number }[] }) {
  return (
    <>
      {markedParts(text, marks).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}

/** One entry read in full, to cite. */
function EntryDetail({ id, onCite }: { id: string; onCite: (entry: CitableEntry, insertAnswer: boolean) => void }) {
  const { data, error } = useQuery({
    queryKey: ['knowledge-entry', id],
    queryFn: () => unwrap(intake.GET('/v1/knowledge/entries/{id}', { params: { path: { id } } })),
    staleTime: 60_000,
  });
  if (error) return <Typography.Text type="danger">{messageOf(error)}</Typography.Text>;
  if (!data) return <Skeleton active paragraph={{ rows: 3 }} title={false} />;
  const entry = { id: data.id, title: data.title, citedArticles: [...data.citedArticles], answer: data.answer };
  return (
    <div data-testid="knowledge-entry-detail" style={{ background: '#fafafa', padding: 12, borderRadius: 6 }}>
      <Typography.Text strong>{data.title}</Typography.Text>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '8px 0' }}>{data.answer}</Typography.Paragraph>
      {data.guide && (
        <Typography.Paragraph style={{ margin: '0 0 8px' }}>
          受理机构：{data.guide.body}；办理地点：{data.guide.whereToApply}；材料：{data.guide.materials.join('、')}
          {data.guide.timeLimit ? `；时限：${data.guide.timeLimit}` : ''}
        </Typography.Paragraph>
      )}
      {data.citedArticles.length > 0 && (
        <div style={{ marginBottom: 8 }}>
          引用法条：
          {data.citedArticles.map((article) => (
            <Tag key={article}>{article}</Tag>
          ))}
        </div>
      )}
      <Space wrap>
        <Button type="primary" size="small" onClick={() => onCite(entry, false)}>
          引用
        </Button>
        <Button size="small" onClick={() => onCite(entry, true)}>
          引用并插入答复
        </Button>
      </Space>
    </div>
  );
}

interface KnowledgePanelProps {
  /** The caller's question as it is typed. */
  text: string | undefined;
  legalCategory: string | undefined;
  regionCode: string | undefined;
  onCite: (entry: CitableEntry, insertAnswer: boolean) => void;
}

interface Item {
  id: string;
  title: string;
  titleMarks: readonly { start: number; length: number }[];
  kind: string;
  legalCategory: string;
}

/** Knowledge base (知识库) entries suggested from the question as it is typed, and a search box. */
export function KnowledgePanel({ text, legalCategory, regionCode, onCite }: KnowledgePanelProps) {
  const suggestFor = useDebounced((text ?? '').trim().slice(0, 200), 300);
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const context = { legalCategory: (legalCategory || undefined) as LegalCategory, regionCode: regionCode || undefined };
  const suggestions = useQuery({
    queryKey: ['knowledge-suggestions', suggestFor, context],
    queryFn: () =>
      unwrap(
        intake.GET('/v1/knowledge/suggestions', { params: { query: { text: suggestFor, ...context, limit: 5 } } }),
      ),
    enabled: suggestFor.length >= 2 && query === '',
    staleTime: 30_000,
    placeholderData: (previous) => previous,
  });
  const search = useQuery({
    queryKey: ['knowledge-search', query, context],
    queryFn: () =>
      unwrap(intake.GET('/v1/knowledge/search', { params: { query: { q: query, ...context, limit: 8 } } })),
    enabled: query !== '',
    staleTime: 30_000,
  });
  const searching = query !== '';
  const items: Item[] = searching
    ? (search.data?.hits ?? [])
    : suggestFor.length >= 2
      ? (suggestions.data?.suggestions ?? [])
      : [];
  const error = searching ? search.error : suggestions.error;

  return (
    <Card
      size="small"
      title="知识库参考"
      extra={<Typography.Text type="secondary">随诉求摘要自动推荐</Typography.Text>}
      data-testid="knowledge-panel"
    >
      <Input.Search
        aria-label="搜索知识库"
        placeholder="输入关键词搜索知识库"
        allowClear
        onSearch={(value) => {
          setQuery(value.trim());
          setChosen(null);
        }}
        style={{ marginBottom: 12 }}
      />
      {error ? <Typography.Text type="danger">{messageOf(error)}</Typography.Text> : null}
      <div aria-live="polite">
        {items.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              searching
                ? '没有找到相关条目，请换个说法'
                : suggestFor.length >= 2
                  ? '暂无推荐条目'
                  : '填写诉求摘要后自动推荐'
            }
          />
        ) : (
          <List
            size="small"
            dataSource={items}
            renderItem={(item) => (
              <List.Item key={item.id} style={{ display: 'block' }}>
                <Button
                  type="link"
                  style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
                  aria-expanded={chosen === item.id}
                  data-testid="knowledge-suggestion"
                  onClick={() => setChosen(chosen === item.id ? null : item.id)}
                >
                  <Marked text={item.title} marks={item.titleMarks} />
                </Button>
                <div>
                  <Tag>{labelOf(KNOWLEDGE_KIND_LABELS, item.kind)}</Tag>
                  <Typography.Text type="secondary">
                    {labelOf(LEGAL_CATEGORY_LABELS, item.legalCategory)}
                  </Typography.Text>
                </div>
                {chosen === item.id && <EntryDetail id={item.id} onCite={onCite} />}
              </List.Item>
            )}
          />
        )}
      </div>
    </Card>
  );
}

/** The knowledge entries an answer relied on, removable one by one. */
function UsedEntriesField({
  value,
  onChange,
  id,
}: {
  value?: UsedEntry[];
  onChange?: (value: UsedEntry[]) => void;
  id?: string;
}) {
  const entries = value ?? [];
  return (
    <div id={id} data-testid="used-knowledge-entries">
      {entries.length === 0 ? (
        <Typography.Text type="secondary">未引用（在右侧知识库中点击“引用”）</Typography.Text>
      ) : (
        entries.map((entry) => (
          <Tag
            key={entry.id}
            color="blue"
            closable
            closeIcon={<span aria-label={`取消引用 ${entry.title}`}>×</span>}
            onClose={() => onChange?.(entries.filter((item) => item.id !== entry.id))}
          >
            {entry.title}
          </Tag>
        ))
      )}
    </div>
  );
}

/** The desk answer's fields (即时办结): answer, cited articles, knowledge entries used, 个案普法. */
export function DeskAnswerFields({ autoFocus = false }: { autoFocus?: boolean }) {
  return (
    <>
      <Form.Item
        name="answer"
        label="答复内容"
        rules={[{ required: true, whitespace: true, message: '请填写答复内容' }]}
      >
        <Input.TextArea rows={5} maxLength={4000} showCount autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item name="citedArticles" label="引用法条" extra="如《中华人民共和国劳动合同法》第三十条，可输入后回车">
        <Select mode="tags" aria-label="引用法条" tokenSeparators={['；', ';']} open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item name="knowledgeEntries" label="参考的知识库条目">
        <UsedEntriesField />
      </Form.Item>
      <Form.Item name="caseEducationGiven" valuePropName="checked">
        <Checkbox>已结合来电人自身案情进行个案普法</Checkbox>
      </Form.Item>
    </>
  );
}
