import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Badge,
  Button,
  Card,
  Checkbox,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { intake, unwrap } from '../../api/client';
import { fieldErrorsOf, messageOf } from '../../api/errors';
import { usePrincipal } from '../../auth/AuthProvider';
import { hasRole } from '../../auth/principal';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  DUTY_LANGUAGE_LABELS,
  DUTY_PLATFORM_COLOURS,
  DUTY_PLATFORM_LABELS,
  LEGAL_CATEGORY_LABELS,
  WEEKDAY_LABELS,
  labelOf,
  optionsOf,
} from '../../i18n/labels';
import { live } from '../../lib/live';
import { submitOnCtrlEnter } from '../../lib/shortcuts';
import { todayInShanghai } from '../../lib/time';
import {
  DUTY_LANGUAGES,
  DUTY_PLATFORMS,
  addDays,
  languagesText,
  newShiftForm,
  rotaRowsOf,
  shiftRequestOf,
  shiftTimeText,
  shiftTimesProblemOf,
  weekDaysOf,
  weekRangeOf,
  weekStartOf,
  type DutyPlatform,
  type DutyShift,
  type DutyStaff,
  type PutDutyStaffRequest,
  type RotaRow,
  type ShiftForm,
} from './rota';

function categoriesText(categories: readonly string[]): string {
  return categories.length === 0 ? '全部类别' : categories.map((c) => labelOf(LEGAL_CATEGORY_LABELS, c)).join('、');
}

function AddShiftModal({
  initial,
  staff,
  onClose,
}: {
  initial: ShiftForm | null;
  staff: DutyStaff[];
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ShiftForm>();
  const person = Form.useWatch('personSubject', form);
  const platforms = staff.find((s) => s.subject === person)?.platforms ?? DUTY_PLATFORMS;
  const mutation = useMutation({
    mutationFn: (values: ShiftForm) => unwrap(intake.POST('/v1/duty-rota/shifts', { body: shiftRequestOf(values) })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['duty-rota'] });
      void message.success('班次已添加');
      onClose();
    },
    onError: (error) =>
      form.setFields(
        Object.entries(fieldErrorsOf(error))
          .filter(([field]) => ['personSubject', 'platform', 'startsAt', 'endsAt', 'note'].includes(field))
          .map(([field, reason]) => ({ name: field as keyof ShiftForm, errors: [reason] })),
      ),
  });
  const send = (values: ShiftForm) => {
    const problem = shiftTimesProblemOf(values);
    if (problem) {
      form.setFields([{ name: 'endsAt', errors: [problem] }]);
      return;
    }
    mutation.mutate(values);
  };
  return (
    <Modal title="新增班次（北京时间）" open={initial !== null} onCancel={onClose} footer={null} destroyOnHidden>
      {initial ? (
        <Form<ShiftForm>
          form={form}
          layout="vertical"
          initialValues={initial}
          onFinish={send}
          onKeyDown={(event) => submitOnCtrlEnter(event, () => form.submit())}
        >
          <ErrorAlert error={mutation.error} />
          <Form.Item name="personSubject" label="值班人员" rules={[{ required: true, message: '请选择值班人员' }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={staff.filter((s) => s.active).map((s) => ({ value: s.subject, label: s.name }))}
              placeholder="请选择"
            />
          </Form.Item>
          <Form.Item name="platform" label="值班平台" rules={[{ required: true, message: '请选择值班平台' }]}>
            <Select
              options={platforms.map((p) => ({ value: p, label: labelOf(DUTY_PLATFORM_LABELS, p) }))}
              placeholder="请选择"
            />
          </Form.Item>
          <Space size="middle" wrap>
            <Form.Item name="startsAt" label="开始时间" rules={[{ required: true, message: '请填写开始时间' }]}>
              <Input type="datetime-local" />
            </Form.Item>
            <Form.Item name="endsAt" label="结束时间" rules={[{ required: true, message: '请填写结束时间' }]}>
              <Input type="datetime-local" />
            </Form.Item>
          </Space>
          <Form.Item name="note" label="备注（可空）">
            <Input maxLength={500} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={mutation.isPending}>
              添加
            </Button>
            <Button onClick={onClose}>取消</Button>
          </Space>
        </Form>
      ) : null}
    </Modal>
  );
}

type StaffForm = Pick<PutDutyStaffRequest, 'name' | 'platforms' | 'languages' | 'legalCategories'> & {
  active: boolean;
};

function StaffModal({ person, onClose }: { person: DutyStaff | null; onClose: () => void }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<StaffForm>();
  const mutation = useMutation({
    mutationFn: (values: StaffForm) =>
      unwrap(
        intake.PUT('/v1/duty-rota/staff/{subject}', {
          params: { path: { subject: person!.subject } },
          body: {
            name: values.name.trim(),
            organisationId: person!.organisationId,
            platforms: values.platforms,
            languages: values.languages,
            legalCategories: values.legalCategories,
            active: values.active,
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['duty-rota'] });
      void message.success('技能已保存');
      onClose();
    },
  });
  return (
    <Modal
      title={person ? `值班技能：${person.name}` : ''}
      open={person !== null}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
      width={600}
    >
      {person ? (
        <Form<StaffForm>
          form={form}
          layout="vertical"
          initialValues={{
            name: person.name,
            platforms: person.platforms,
            languages: person.languages,
            legalCategories: person.legalCategories,
            active: person.active,
          }}
          onFinish={(values) => mutation.mutate(values)}
        >
          <ErrorAlert error={mutation.error} />
          <Form.Item name="name" label="姓名" rules={[{ required: true, whitespace: true, message: '请填写姓名' }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="platforms" label="值班平台" rules={[{ required: true, message: '请至少选择一个平台' }]}>
            <Checkbox.Group options={optionsOf(DUTY_PLATFORM_LABELS)} />
          </Form.Item>
          <Form.Item
            name="languages"
            label="语言或方言"
            rules={[{ required: true, message: '请至少选择一种语言或方言' }]}
          >
            <Checkbox.Group
              options={DUTY_LANGUAGES.map((l) => ({ value: l, label: labelOf(DUTY_LANGUAGE_LABELS, l) }))}
            />
          </Form.Item>
          <Form.Item name="legalCategories" label="擅长的法律事项类别" extra="不选为全部类别；只影响网络咨询的分配顺序">
            <Select mode="multiple" options={optionsOf(LEGAL_CATEGORY_LABELS)} placeholder="全部类别" />
          </Form.Item>
          <Form.Item name="active" label="参加值班" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={mutation.isPending}>
              保存
            </Button>
            <Button onClick={onClose}>取消</Button>
          </Space>
        </Form>
      ) : null}
    </Modal>
  );
}

function OnDutyCard() {
  const onDuty = useQuery({
    queryKey: ['duty-rota', 'on-duty'],
    queryFn: () => unwrap(intake.GET('/v1/duty-rota/on-duty', {})),
    ...live,
    refetchInterval: 30_000,
  });
  return (
    <Card size="small" title="当前在岗" data-testid="on-duty">
      <ErrorAlert error={onDuty.error} />
      <Table
        size="small"
        rowKey="subject"
        loading={onDuty.isLoading}
        pagination={false}
        dataSource={onDuty.data?.items ?? []}
        locale={{ emptyText: '当前没有人在岗' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 100 },
          {
            title: '平台',
            key: 'platform',
            width: 140,
            render: (_, person) => (
              <Tag color={DUTY_PLATFORM_COLOURS[person.shift.platform]}>
                {labelOf(DUTY_PLATFORM_LABELS, person.shift.platform)}
              </Tag>
            ),
          },
          { title: '班次', key: 'shift', width: 160, render: (_, person) => shiftTimeText(person.shift) },
          { title: '语言或方言', dataIndex: 'languages', render: (languages: string[]) => languagesText(languages) },
          {
            title: '擅长类别',
            dataIndex: 'legalCategories',
            render: (categories: string[]) => categoriesText(categories),
          },
          { title: '在办网络咨询', dataIndex: 'openClaims', width: 110 },
        ]}
      />
    </Card>
  );
}

/** The duty rota (值班排班): the week's shifts on the three platforms per person, who is on duty now, and the staff's skills. */
export function DutyRotaScreen() {
  const principal = usePrincipal();
  const editor = hasRole(principal, 'owner-lead', 'supervisor');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [monday, setMonday] = useState(() => weekStartOf(todayInShanghai()));
  const [platform, setPlatform] = useState<DutyPlatform | 'all'>('all');
  const [adding, setAdding] = useState<ShiftForm | null>(null);
  const [editingStaff, setEditingStaff] = useState<DutyStaff | null>(null);
  const days = weekDaysOf(monday);
  const range = weekRangeOf(monday);

  const staff = useQuery({
    queryKey: ['duty-rota', 'staff'],
    queryFn: () => unwrap(intake.GET('/v1/duty-rota/staff', {})),
  });
  const shifts = useQuery({
    queryKey: ['duty-rota', 'shifts', monday, platform],
    queryFn: () =>
      unwrap(
        intake.GET('/v1/duty-rota/shifts', {
          params: { query: { ...range, ...(platform !== 'all' ? { platform } : {}) } },
        }),
      ),
  });
  const remove = useMutation({
    mutationFn: (shift: DutyShift) =>
      unwrap(intake.DELETE('/v1/duty-rota/shifts/{id}', { params: { path: { id: shift.id } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['duty-rota'] });
      void message.success('班次已删除');
    },
    onError: (error) => void message.error(messageOf(error)),
  });

  const staffList = staff.data?.items ?? [];
  const rows = rotaRowsOf(staffList, shifts.data?.items ?? [], days);
  const today = todayInShanghai();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        值班排班
      </Typography.Title>
      <Typography.Text type="secondary">
        热线平台、网络平台和实体平台同步值班，共用一张排班表。网络咨询只分配给热线或网络平台在岗、会说来电人语言的人员。
      </Typography.Text>
      <OnDutyCard />
      <Card
        size="small"
        title={`排班（${days[0]} 至 ${days[6]}）`}
        extra={
          <Space wrap>
            <Button onClick={() => setMonday(addDays(monday, -7))}>上一周</Button>
            <Button onClick={() => setMonday(weekStartOf(today))}>本周</Button>
            <Button onClick={() => setMonday(addDays(monday, 7))}>下一周</Button>
            <Select
              aria-label="值班平台"
              style={{ width: 170 }}
              value={platform}
              onChange={setPlatform}
              options={[{ value: 'all', label: '全部平台' }, ...optionsOf(DUTY_PLATFORM_LABELS)]}
            />
            {editor ? (
              <Button type="primary" onClick={() => setAdding(newShiftForm(days.includes(today) ? today : days[0]!))}>
                新增班次
              </Button>
            ) : null}
          </Space>
        }
      >
        <ErrorAlert error={shifts.error ?? staff.error} />
        {/* The week is wider than a laptop screen: the box scrolls, and takes the keyboard focus to do so. */}
        <div role="region" aria-label="本周排班表" tabIndex={0} style={{ overflowX: 'auto' }}>
          <Table<RotaRow>
            size="small"
            rowKey="subject"
            bordered
            style={{ minWidth: 1480 }}
            loading={shifts.isLoading || staff.isLoading}
            pagination={false}
            dataSource={rows}
            locale={{ emptyText: '本周没有排班' }}
            columns={[
              {
                title: '人员',
                key: 'person',
                width: 110,
                render: (_, row) => (
                  <Space orientation="vertical" size={0}>
                    <Typography.Text strong>{row.name}</Typography.Text>
                    {row.staff && !row.staff.active ? (
                      <Typography.Text type="secondary">已停止值班</Typography.Text>
                    ) : null}
                  </Space>
                ),
              },
              ...days.map((day, index) => ({
                title: (
                  <span style={day === today ? { color: '#7f1010', fontWeight: 600 } : undefined}>
                    {labelOf(WEEKDAY_LABELS, String(index + 1))} {day.slice(5)}
                  </span>
                ),
                key: day,
                width: 195,
                render: (_: unknown, row: RotaRow) => (
                  <Space orientation="vertical" size={4}>
                    {row.days[day]!.map((shift) => (
                      <Space key={shift.id} size={0} wrap={false}>
                        <Tag
                          color={DUTY_PLATFORM_COLOURS[shift.platform]}
                          title={shift.note ?? undefined}
                          style={{ marginInlineEnd: 0 }}
                        >
                          {labelOf(DUTY_PLATFORM_LABELS, shift.platform).slice(0, 2)} {shiftTimeText(shift)}
                        </Tag>
                        {editor ? (
                          <Popconfirm
                            title={`删除 ${row.name} ${day.slice(5)} ${shiftTimeText(shift)} 的班次？`}
                            okText="删除"
                            cancelText="取消"
                            onConfirm={() => remove.mutate(shift)}
                          >
                            <Button
                              size="small"
                              type="text"
                              danger
                              icon={<DeleteOutlined />}
                              aria-label={`删除 ${row.name} ${day} ${shiftTimeText(shift)} 的班次`}
                            />
                          </Popconfirm>
                        ) : null}
                      </Space>
                    ))}
                    {editor && row.staff?.active ? (
                      <Button
                        size="small"
                        type="dashed"
                        aria-label={`为 ${row.name} 添加 ${day} 的班次`}
                        onClick={() => setAdding(newShiftForm(day, row.subject))}
                      >
                        + 班次
                      </Button>
                    ) : null}
                  </Space>
                ),
              })),
            ]}
          />
        </div>
      </Card>
      <Card size="small" title="人员与技能">
        <Table<DutyStaff>
          size="small"
          rowKey="subject"
          loading={staff.isLoading}
          pagination={false}
          dataSource={staffList}
          locale={{ emptyText: '值班名单为空' }}
          columns={[
            { title: '姓名', dataIndex: 'name', width: 100 },
            {
              title: '值班平台',
              dataIndex: 'platforms',
              render: (platforms: string[]) =>
                platforms.map((p) => (
                  <Tag key={p} color={DUTY_PLATFORM_COLOURS[p]}>
                    {labelOf(DUTY_PLATFORM_LABELS, p)}
                  </Tag>
                )),
            },
            { title: '语言或方言', dataIndex: 'languages', render: (languages: string[]) => languagesText(languages) },
            {
              title: '擅长类别',
              dataIndex: 'legalCategories',
              render: (categories: string[]) => categoriesText(categories),
            },
            {
              title: '状态',
              dataIndex: 'active',
              width: 100,
              render: (active: boolean) => (
                <Badge status={active ? 'success' : 'default'} text={active ? '值班中' : '已停止'} />
              ),
            },
            ...(editor
              ? [
                  {
                    title: '操作',
                    key: 'actions',
                    width: 100,
                    render: (_: unknown, person: DutyStaff) => (
                      <Button
                        size="small"
                        onClick={() => setEditingStaff(person)}
                        aria-label={`修改 ${person.name} 的值班技能`}
                      >
                        修改技能
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <AddShiftModal initial={adding} staff={staffList} onClose={() => setAdding(null)} />
      <StaffModal person={editingStaff} onClose={() => setEditingStaff(null)} />
    </Space>
  );
}
