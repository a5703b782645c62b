import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Form, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { intake, unwrap } from '../../api/client';
import { usePrincipal } from '../../auth/AuthProvider';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionCascader } from '../../components/RegionCascader';
import {
  KNOWLEDGE_KIND_LABELS,
  KNOWLEDGE_STATUS_COLOURS,
  KNOWLEDGE_STATUS_LABELS,
  LEGAL_CATEGORY_LABELS,
  labelOf,
  optionsOf,
} from '../../i18n/labels';
import { formatInstant } from '../../lib/time';
import { Highlighted, useSpecialLineOptions } from './Highlighted';
import { KnowledgeEditor } from './KnowledgeEditor';
import {
  mayReviewKnowledge,
  mayWriteKnowledge,
  type KnowledgeEntry,
  type KnowledgeHit,
  type KnowledgeKind,
  type LegalCategory,
} from './knowledge';

const PAGE_SIZE = 20;
/** Typing pauses this long before the search runs: fast enough to search while the caller talks. */
const TYPING_PAUSE_MS = 250;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function HitCard({ hit }: { hit: KnowledgeHit }) {
  return (
    <Card size="small" data-testid={`knowledge-hit-${hit.id}`}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap>
          <Link to={`/knowledge/${hit.id}`} style={{ fontSize: 16 }}>
            <Highlighted text={hit.title} marks={hit.titleMarks} />
          </Link>
          <Tag color="blue">{labelOf(KNOWLEDGE_KIND_LABELS, hit.kind)}</Tag>
          <Tag>{labelOf(LEGAL_CATEGORY_LABELS, hit.legalCategory)}</Tag>
          {hit.regionCodes.length > 0 ? <Tag>适用地区：{hit.regionCodes.join('、')}</Tag> : <Tag>全国通用</Tag>}
        </Space>
        <Typography.Paragraph style={{ margin: 0 }}>
          <Highlighted text={hit.snippet} marks={hit.snippetMarks} />
        </Typography.Paragraph>
        {hit.citedArticles.length > 0 ? (
          <Typography.Text type="secondary">引用法条：{hit.citedArticles.join('；')}</Typography.Text>
        ) : null}
      </Space>
    </Card>
  );
}

function SearchTab() {
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [kind, setKind] = useState<KnowledgeKind | undefined>();
  const [category, setCategory] = useState<LegalCategory | undefined>();
  const [region, setRegion] = useState<string[]>([]);
  const [specialLine, setSpecialLine] = useState<string | undefined>();
  const specialLines = useSpecialLineOptions();
  const q = useDebounced(text.trim(), TYPING_PAUSE_MS);
  const regionCode = region[region.length - 1];

  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (q === '') next.delete('q');
        else next.set('q', q);
        return next;
      },
      { replace: true },
    );
  }, [q, setParams]);

  const search = useQuery({
    queryKey: ['knowledge', 'search', q, kind, category, regionCode, specialLine],
    queryFn: () =>
      unwrap(
        intake.GET('/v1/knowledge/search', {
          params: {
            query: {
              q,
              limit: 20,
              ...(kind ? { kind } : {}),
              ...(category ? { legalCategory: category } : {}),
              ...(regionCode ? { regionCode } : {}),
              ...(specialLine ? { specialLine } : {}),
            },
          },
        }),
      ),
    enabled: q !== '',
    placeholderData: (previous) => previous,
  });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Form layout="vertical">
        <Form.Item
          label="检索内容"
          htmlFor="knowledge-query"
          extra="按群众的说法输入即可，例如“老板三个月没发钱”；边输入边检索。"
        >
          <Input.Search
            id="knowledge-query"
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={200}
            allowClear
            enterButton="检索"
            size="large"
          />
        </Form.Item>
        <Space wrap size="middle" align="start">
          <Form.Item label="条目类型" htmlFor="knowledge-kind" style={{ marginBottom: 0 }}>
            <Select
              id="knowledge-kind"
              allowClear
              style={{ width: 160 }}
              value={kind}
              onChange={setKind}
              options={optionsOf(KNOWLEDGE_KIND_LABELS)}
              placeholder="全部"
            />
          </Form.Item>
          <Form.Item
            label="法律事项类别"
            htmlFor="knowledge-category"
            extra="同类别的条目排在前面"
            style={{ marginBottom: 0 }}
          >
            <Select
              id="knowledge-category"
              allowClear
              style={{ width: 180 }}
              value={category}
              onChange={setCategory}
              options={optionsOf(LEGAL_CATEGORY_LABELS)}
              placeholder="全部"
            />
          </Form.Item>
          <Form.Item
            label="来电人所在地区"
            htmlFor="knowledge-region"
            extra="只显示适用于该地区的条目"
            style={{ marginBottom: 0, minWidth: 300 }}
          >
            <RegionCascader id="knowledge-region" value={region} onChange={setRegion} />
          </Form.Item>
          <Form.Item label="专线" htmlFor="knowledge-special-line" style={{ marginBottom: 0 }}>
            <Select
              id="knowledge-special-line"
              allowClear
              style={{ width: 200 }}
              value={specialLine}
              onChange={setSpecialLine}
              options={specialLines}
              placeholder="全部"
            />
          </Form.Item>
        </Space>
      </Form>
      <ErrorAlert error={search.error} />
      {q === '' ? (
        <Typography.Text type="secondary">请输入要检索的内容。只检索已发布且在有效期内的条目。</Typography.Text>
      ) : search.data ? (
        <div aria-live="polite" data-testid="knowledge-results">
          <Typography.Paragraph type="secondary">
            找到 {search.data.hits.length} 条
            {search.data.query.terms.length > 0 ? `（检索词：${search.data.query.terms.slice(0, 12).join('、')}）` : ''}
          </Typography.Paragraph>
          {search.data.hits.length === 0 ? (
            <Empty description="没有找到相关条目，请换个说法试试" />
          ) : (
            <Space orientation="vertical" size="small" style={{ width: '100%' }}>
              {search.data.hits.map((hit) => (
                <HitCard key={hit.id} hit={hit} />
              ))}
            </Space>
          )}
        </div>
      ) : search.isFetching ? (
        <Typography.Text type="secondary">正在检索…</Typography.Text>
      ) : null}
    </Space>
  );
}

function EntriesTable({ reviewQueue }: { reviewQueue: boolean }) {
  const [status, setStatus] = useState<KnowledgeEntry['status'] | undefined>();
  const [kind, setKind] = useState<KnowledgeKind | undefined>();
  const [category, setCategory] = useState<LegalCategory | undefined>();
  const [page, setPage] = useState(1);
  const entries = useQuery({
    queryKey: ['knowledge', 'entries', reviewQueue, status, kind, category, page],
    queryFn: () =>
      unwrap(
        intake.GET('/v1/knowledge/entries', {
          params: {
            query: {
              page,
              pageSize: PAGE_SIZE,
              ...(reviewQueue ? { reviewQueue: true } : {}),
              ...(status && !reviewQueue ? { status } : {}),
              ...(kind ? { kind } : {}),
              ...(category ? { legalCategory: category } : {}),
            },
          },
        }),
      ),
  });
  const prefix = reviewQueue ? 'review' : 'entries';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {reviewQueue ? (
        <Typography.Text type="secondary">
          待审核的条目和已发布条目的修改稿，先提交的在前。不能审核本人撰写的条目（双人审核）。
        </Typography.Text>
      ) : null}
      <Form layout="inline" style={{ rowGap: 8 }}>
        {!reviewQueue ? (
          <Form.Item label="状态" htmlFor={`${prefix}-status`}>
            <Select
              id={`${prefix}-status`}
              allowClear
              style={{ width: 140 }}
              value={status}
              onChange={(value) => {
                setStatus(value);
                setPage(1);
              }}
              options={optionsOf(KNOWLEDGE_STATUS_LABELS)}
              placeholder="全部"
            />
          </Form.Item>
        ) : null}
        <Form.Item label="条目类型" htmlFor={`${prefix}-kind`}>
          <Select
            id={`${prefix}-kind`}
            allowClear
            style={{ width: 160 }}
            value={kind}
            onChange={(value) => {
              setKind(value);
              setPage(1);
            }}
            options={optionsOf(KNOWLEDGE_KIND_LABELS)}
            placeholder="全部"
          />
        </Form.Item>
        <Form.Item label="法律事项类别" htmlFor={`${prefix}-category`}>
          <Select
            id={`${prefix}-category`}
            allowClear
            style={{ width: 180 }}
            value={category}
            onChange={(value) => {
              setCategory(value);
              setPage(1);
            }}
            options={optionsOf(LEGAL_CATEGORY_LABELS)}
            placeholder="全部"
          />
        </Form.Item>
      </Form>
      <ErrorAlert error={entries.error} />
      <Table<KnowledgeEntry>
        rowKey="id"
        size="small"
        loading={entries.isLoading}
        dataSource={entries.data?.items ?? []}
        locale={{ emptyText: reviewQueue ? '没有待审核的条目' : '没有符合条件的条目' }}
        onRow={(entry) => ({ 'data-testid': `knowledge-row-${entry.id}` }) as React.HTMLAttributes<HTMLElement>}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: entries.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
          hideOnSinglePage: true,
        }}
        columns={[
          {
            title: '标题',
            dataIndex: 'title',
            render: (title: string, entry) => (
              <Link to={`/knowledge/${entry.id}`}>{entry.revision ? `${title}（有修改稿）` : title}</Link>
            ),
          },
          {
            title: '类型',
            dataIndex: 'kind',
            width: 120,
            render: (kind: string) => labelOf(KNOWLEDGE_KIND_LABELS, kind),
          },
          {
            title: '类别',
            dataIndex: 'legalCategory',
            width: 140,
            render: (category: string) => labelOf(LEGAL_CATEGORY_LABELS, category),
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 110,
            render: (status: string, entry) => (
              <Space size={2} wrap>
                <Tag color={KNOWLEDGE_STATUS_COLOURS[status]}>{labelOf(KNOWLEDGE_STATUS_LABELS, status)}</Tag>
                {entry.revision ? (
                  <Tag color={entry.revision.status === 'in-review' ? 'gold' : 'red'}>
                    修改稿{entry.revision.status === 'in-review' ? '审核中' : '已退回'}
                  </Tag>
                ) : null}
              </Space>
            ),
          },
          {
            title: '作者',
            key: 'author',
            width: 100,
            render: (_, entry) => (entry.revision ? entry.revision.editedBy.name : entry.author.name),
          },
          { title: '版本', dataIndex: 'version', width: 70 },
          { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: (at: string) => formatInstant(at) },
        ]}
      />
    </Space>
  );
}

/** The knowledge base (知识库): search as the caller speaks, the entries, and the review queue for leads and supervisors. */
export function KnowledgeScreen() {
  const principal = usePrincipal();
  const writer = mayWriteKnowledge(principal);
  const reviewer = mayReviewKnowledge(principal);
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const tabs = [
    { key: 'search', label: '检索', children: <SearchTab /> },
    { key: 'entries', label: '全部条目', children: <EntriesTable reviewQueue={false} /> },
    ...(reviewer ? [{ key: 'review', label: '待审核', children: <EntriesTable reviewQueue /> }] : []),
  ];
  const requested = params.get('tab');
  const active = tabs.some((tab) => tab.key === requested) ? requested! : 'search';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          知识库
        </Typography.Title>
        {writer ? (
          <Button type="primary" onClick={() => setCreating(true)}>
            新建条目
          </Button>
        ) : null}
      </Space>
      {!writer ? (
        <Typography.Text type="secondary">承办机构工作人员可以检索和查看已发布的条目。</Typography.Text>
      ) : null}
      <Card>
        <Tabs
          activeKey={active}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={tabs}
          destroyOnHidden
        />
      </Card>
      <KnowledgeEditor open={creating} entry={null} onClose={() => setCreating(false)} />
    </Space>
  );
}
