import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, List, Modal, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { intake, unwrap } from '../../api/client';
import { messageOf } from '../../api/errors';
import { usePrincipal } from '../../auth/AuthProvider';
import { hasRole } from '../../auth/principal';
import { Countdown } from '../../components/Countdown';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRegionName } from '../../components/regions';
import {
  CHANNEL_LABELS,
  DUTY_LANGUAGE_LABELS,
  LEGAL_CATEGORY_LABELS,
  PRIORITY_LABELS,
  labelOf,
} from '../../i18n/labels';
import { live } from '../../lib/live';
import { formatInstant } from '../../lib/time';
import { DeskAnswerForm } from '../tickets/DeskActions';
import { SpecialLineName } from '../tickets/SpecialLineName';
import { queueNoticeOf, supervisionOrder, waitingTextOf, type OnlineQuestion } from './online-questions';

const QUEUE_KEY = ['online-questions'];
const MINE_KEY = ['online-questions', 'mine'];

function RegionName({ code }: { code: string }) {
  return <>{useRegionName(code)}</>;
}

/** Re-renders every 30 s so waiting times move on. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function QuestionTags({ question }: { question: OnlineQuestion }) {
  return (
    <Space wrap size={4}>
      <Tag>{labelOf(CHANNEL_LABELS, question.channel)}</Tag>
      <Tag color="blue">{labelOf(DUTY_LANGUAGE_LABELS, question.answerLanguage)}</Tag>
      <Tag>{labelOf(LEGAL_CATEGORY_LABELS, question.legalCategory)}</Tag>
      {question.priority !== 'normal' && <Tag color="red">{labelOf(PRIORITY_LABELS, question.priority)}</Tag>}
      {question.specialLineCode && (
        <Tag color="green">
          <SpecialLineName code={question.specialLineCode} />
        </Tag>
      )}
      {question.overdue && <Tag color="red">已超期</Tag>}
    </Space>
  );
}

interface QueueTableProps {
  items: OnlineQuestion[];
  supervising: boolean;
  onClaim?: (question: OnlineQuestion) => void;
  claiming?: string | null;
}

function QueueTable({ items, supervising, onClaim, claiming }: QueueTableProps) {
  const now = useNow();
  return (
    <Table<OnlineQuestion>
      rowKey="ticketId"
      size="small"
      dataSource={items}
      pagination={false}
      locale={{ emptyText: supervising ? '辖区内暂无待答的网络咨询' : '暂无可领取的网络咨询' }}
      onRow={(question) =>
        ({
          'data-testid': `online-question-${question.ticketNumber}`,
          style: question.overdue ? { background: '#fff1f0' } : undefined,
        }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          title: '咨询',
          render: (_, question) => (
            <div style={{ maxWidth: 420 }}>
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: question.question }} style={{ margin: 0 }}>
                {question.question}
              </Typography.Paragraph>
              <QuestionTags question={question} />
            </div>
          ),
        },
        { title: '地区', dataIndex: 'regionCode', render: (code: string) => <RegionName code={code} /> },
        {
          title: '已等待',
          dataIndex: 'receivedAt',
          render: (at: string) => <span title={formatInstant(at)}>{waitingTextOf(at, now)}</span>,
        },
        {
          title: '答复期限',
          render: (_, question) => <Countdown dueAt={question.dueAt} startedAt={question.receivedAt} />,
        },
        ...(supervising
          ? [
              {
                title: '领取情况',
                render: (_: unknown, question: OnlineQuestion) =>
                  question.claimedBy ? (
                    <>
                      {question.claimedByName ?? question.claimedBy}
                      <Typography.Text type="secondary" style={{ display: 'block' }}>
                        {formatInstant(question.claimedAt)} 领取
                      </Typography.Text>
                    </>
                  ) : (
                    <Tag color="orange">待领取</Tag>
                  ),
              },
              {
                title: '工单',
                render: (_: unknown, question: OnlineQuestion) => (
                  <Link to={`/tickets/${question.ticketId}`}>{question.ticketNumber}</Link>
                ),
              },
            ]
          : [
              {
                title: '操作',
                render: (_: unknown, question: OnlineQuestion) => (
                  <Button
                    size="small"
                    onClick={() => onClaim?.(question)}
                    loading={claiming === question.ticketId}
                    aria-label={`领取 ${question.ticketNumber}`}
                  >
                    领取
                  </Button>
                ),
              },
            ]),
      ]}
    />
  );
}

/** The questions I hold, each answered (即时办结) with the knowledge base beside it, or released. */
function MyQuestions({ onChanged }: { onChanged: () => void }) {
  const { message } = App.useApp();
  const [answering, setAnswering] = useState<OnlineQuestion | null>(null);
  const mine = useQuery({
    queryKey: MINE_KEY,
    queryFn: () => unwrap(intake.GET('/v1/online-questions/mine')),
    ...live,
  });
  const release = useMutation({
    mutationFn: (question: OnlineQuestion) =>
      unwrap(
        intake.POST('/v1/online-questions/{ticketId}/release', { params: { path: { ticketId: question.ticketId } } }),
      ),
    onSuccess: (_, question) => {
      void message.success(`已释放 ${question.ticketNumber}，回到待答队列`);
      onChanged();
    },
    onError: (error) => void message.error(messageOf(error)),
  });
  const items = mine.data?.items ?? [];
  return (
    <Card title={`我领取的咨询（${items.length}）`} size="small">
      <ErrorAlert error={mine.error} />
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无领取的咨询。点击“领取下一条”开始答复。" />
      ) : (
        <List
          dataSource={items}
          renderItem={(question) => (
            <List.Item
              key={question.ticketId}
              data-testid={`my-question-${question.ticketNumber}`}
              actions={[
                <Button key="answer" type="primary" onClick={() => setAnswering(question)}>
                  答复
                </Button>,
                <Button
                  key="release"
                  onClick={() => release.mutate(question)}
                  loading={release.isPending && release.variables?.ticketId === question.ticketId}
                >
                  释放
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    <Link to={`/tickets/${question.ticketId}`}>{question.ticketNumber}</Link>
                    <Countdown dueAt={question.dueAt} startedAt={question.receivedAt} />
                  </Space>
                }
                description={
                  <>
                    <Typography.Paragraph
                      style={{ whiteSpace: 'pre-wrap', margin: '0 0 4px', color: 'rgba(0,0,0,0.88)' }}
                    >
                      {question.question}
                    </Typography.Paragraph>
                    <QuestionTags question={question} /> <RegionName code={question.regionCode} />
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      <Modal
        title={answering ? `答复网络咨询 · ${answering.ticketNumber}` : ''}
        open={answering !== null}
        onCancel={() => setAnswering(null)}
        footer={null}
        destroyOnHidden
        width={1100}
      >
        {answering && (
          <>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 12 }}>
              {answering.question}
            </Typography.Paragraph>
            <DeskAnswerForm
              draftKey={`online-question.${answering.ticketId}.answer`}
              question={answering.question}
              legalCategory={answering.legalCategory}
              regionCode={answering.regionCode}
              submitLabel="答复并办结"
              send={(body) =>
                unwrap(
                  intake.POST('/v1/online-questions/{ticketId}/answer', {
                    params: { path: { ticketId: answering.ticketId } },
                    body,
                  }),
                )
              }
              onDone={() => {
                setAnswering(null);
                onChanged();
              }}
              onCancel={() => setAnswering(null)}
            />
          </>
        )}
      </Modal>
    </Card>
  );
}

/** 网络咨询: the online question queue of the platform's on-duty staff; supervisors watch it. */
export function OnlineQuestionsScreen() {
  const principal = usePrincipal();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const staff = hasRole(principal, 'hotline-agent', 'owner-lead');
  const queue = useQuery({ queryKey: QUEUE_KEY, queryFn: () => unwrap(intake.GET('/v1/online-questions')), ...live });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: QUEUE_KEY });

  const claim = useMutation({
    mutationFn: (question: OnlineQuestion) =>
      unwrap(
        intake.POST('/v1/online-questions/{ticketId}/claim', { params: { path: { ticketId: question.ticketId } } }),
      ),
    onSuccess: (claimed) => {
      void message.success(`已领取 ${claimed.ticketNumber}，请在“我领取的咨询”中答复`);
      refresh();
    },
    onError: (error) => {
      void message.error(messageOf(error));
      refresh();
    },
  });
  const next = useMutation({
    mutationFn: () => unwrap(intake.POST('/v1/online-questions/next')),
    onSuccess: (result) => {
      if (result.question) void message.success(`已领取 ${result.question.ticketNumber}，请在“我领取的咨询”中答复`);
      else void message.info('暂无可领取的网络咨询');
      refresh();
    },
    onError: (error) => void message.error(messageOf(error)),
  });

  const items = queue.data?.items ?? [];
  const notice = queue.data ? queueNoticeOf(queue.data) : null;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={staff ? '网络咨询 · 待领取' : '网络咨询 · 辖区待答队列'}
        extra={
          staff && (
            <Button
              type="primary"
              onClick={() => next.mutate()}
              loading={next.isPending}
              disabled={queue.data?.onDuty === false}
            >
              领取下一条
            </Button>
          )
        }
      >
        <ErrorAlert error={queue.error} />
        {notice && (
          <Alert
            type={notice.tone}
            showIcon
            title={notice.text}
            style={{ marginBottom: 16 }}
            data-testid="online-queue-notice"
          />
        )}
        <QueueTable
          items={staff ? items : supervisionOrder(items)}
          supervising={!staff}
          onClaim={(question) => claim.mutate(question)}
          claiming={claim.isPending ? (claim.variables?.ticketId ?? null) : null}
        />
        <Typography.Text type="secondary">
          来自网站、移动应用和微信的咨询，按值班、语言和法律事项分配；超过答复期限将提醒督办。自动更新。
        </Typography.Text>
      </Card>
      {staff && <MyQuestions onChanged={refresh} />}
    </Space>
  );
}
