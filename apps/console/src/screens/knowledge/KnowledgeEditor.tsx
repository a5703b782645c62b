import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, Select, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { fieldErrorsOf } from '../../api/errors';
import { intake, unwrap } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { KNOWLEDGE_KIND_LABELS, LEGAL_CATEGORY_LABELS, optionsOf } from '../../i18n/labels';
import { useDraft } from '../../lib/drafts';
import { submitOnCtrlEnter } from '../../lib/shortcuts';
import { todayInShanghai } from '../../lib/time';
import { useSpecialLineOptions } from './Highlighted';
import { emptyEntryForm, entryFormOf, entryRequestOf, type EntryForm, type KnowledgeEntry } from './knowledge';

/** The request's field names as the form's (the guide's fields sit flat in the form). */
const FORM_FIELD: Record<string, keyof EntryForm> = {
  'guide.body': 'guideBody',
  'guide.whereToApply': 'guideWhereToApply',
  'guide.materials': 'guideMaterials',
  'guide.timeLimit': 'guideTimeLimit',
  guide: 'guideBody',
};

function EditorForm({ entry, onDone }: { entry: KnowledgeEntry | null; onDone: () => void }) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<EntryForm>();
  const draft = useDraft<EntryForm>(
    entry ? `knowledge.${entry.id}` : 'knowledge.new',
    entry ? entryFormOf(entry) : emptyEntryForm(todayInShanghai()),
  );
  const kind = Form.useWatch('kind', form);
  const specialLines = useSpecialLineOptions();

  const mutation = useMutation({
    mutationFn: (values: EntryForm) => {
      const body = entryRequestOf(values);
      return entry
        ? unwrap(intake.PUT('/v1/knowledge/entries/{id}', { params: { path: { id: entry.id } }, body }))
        : unwrap(intake.POST('/v1/knowledge/entries', { body }));
    },
    onSuccess: (saved) => {
      draft.clear();
      void queryClient.invalidateQueries({ queryKey: ['knowledge'] });
      void message.success(entry ? '修改已保存' : '草稿已保存，请提交审核');
      onDone();
      if (!entry) void navigate(`/knowledge/${saved.id}`);
    },
    onError: (error) => {
      form.setFields(
        Object.entries(fieldErrorsOf(error)).map(([field, reason]) => ({
          name: FORM_FIELD[field] ?? (field.split('.')[0] as keyof EntryForm),
          errors: [reason],
        })),
      );
    },
  });

  return (
    <Form<EntryForm>
      form={form}
      layout="vertical"
      initialValues={draft.draft}
      onValuesChange={(_, all) => draft.save(all)}
      onFinish={(values) => mutation.mutate(values)}
      onKeyDown={(event) => submitOnCtrlEnter(event, () => form.submit())}
    >
      <ErrorAlert error={mutation.error} />
      {entry?.status === 'published' ? (
        <Typography.Paragraph type="secondary">
          修改已发布的条目会生成修改稿并直接送审；审核通过前，检索和引用的仍是现有内容。
        </Typography.Paragraph>
      ) : null}
      <Space wrap size="middle" style={{ width: '100%' }}>
        <Form.Item name="kind" label="条目类型" rules={[{ required: true, message: '请选择条目类型' }]}>
          <Select style={{ width: 180 }} options={optionsOf(KNOWLEDGE_KIND_LABELS)} />
        </Form.Item>
        <Form.Item
          name="legalCategory"
          label="法律事项类别"
          rules={[{ required: true, message: '请选择法律事项类别' }]}
        >
          <Select style={{ width: 200 }} options={optionsOf(LEGAL_CATEGORY_LABELS)} placeholder="请选择" />
        </Form.Item>
        <Form.Item name="validFrom" label="生效日期" rules={[{ required: true, message: '请填写生效日期' }]}>
          <Input type="date" style={{ width: 170 }} />
        </Form.Item>
        <Form.Item name="validUntil" label="有效期至（可空）">
          <Input type="date" style={{ width: 170 }} />
        </Form.Item>
      </Space>
      <Form.Item
        name="title"
        label="标题"
        rules={[{ required: true, whitespace: true, min: 2, message: '请填写标题（至少 2 个字）' }]}
      >
        <Input maxLength={200} showCount placeholder="例如：用人单位拖欠工资怎么办" />
      </Form.Item>
      <Form.Item
        name="question"
        label="常见问法"
        rules={[{ required: true, whitespace: true, min: 2, message: '请填写群众的常见问法' }]}
      >
        <Input.TextArea
          rows={2}
          maxLength={2000}
          placeholder="群众来电时通常怎么问，例如：公司三个月没发工资了怎么办？"
        />
      </Form.Item>
      <Form.Item
        name="answer"
        label="答复内容"
        rules={[{ required: true, whitespace: true, min: 2, message: '请填写答复内容' }]}
      >
        <Input.TextArea rows={6} maxLength={20000} showCount />
      </Form.Item>
      {kind === 'service-guide' ? (
        <fieldset style={{ border: '1px solid #d9d9d9', borderRadius: 8, padding: '8px 16px', marginBottom: 16 }}>
          <legend style={{ width: 'auto', padding: '0 4px', fontSize: 14, marginBottom: 0, border: 0 }}>
            办事指南
          </legend>
          <Form.Item
            name="guideBody"
            label="受理机构"
            rules={[{ required: true, whitespace: true, message: '请填写受理机构' }]}
          >
            <Input maxLength={200} placeholder="例如：事由发生地的县级法律援助中心" />
          </Form.Item>
          <Form.Item
            name="guideWhereToApply"
            label="办理地点和方式"
            rules={[{ required: true, whitespace: true, message: '请填写办理地点和方式' }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="guideMaterials" label="申请材料（每行一项）">
            <Input.TextArea rows={3} placeholder={'居民身份证\n经济困难状况说明表'} />
          </Form.Item>
          <Form.Item name="guideTimeLimit" label="办理时限（可空）">
            <Input maxLength={200} />
          </Form.Item>
        </fieldset>
      ) : null}
      <Form.Item
        name="citedArticles"
        label="引用法条（每行一条）"
        extra="写明法律名称和条号，例如：《中华人民共和国劳动合同法》第三十条"
      >
        <Input.TextArea rows={3} />
      </Form.Item>
      <Space wrap size="middle" style={{ width: '100%' }}>
        <Form.Item
          name="regionCodes"
          label="适用地区"
          extra="填写区划代码的前几位：44 广东省、4406 佛山市、440605 南海区；不填为全国通用"
        >
          <Select
            mode="tags"
            style={{ width: 320 }}
            tokenSeparators={[',', '，', ' ']}
            placeholder="全国通用"
            open={false}
            suffixIcon={null}
          />
        </Form.Item>
        <Form.Item name="specialLineCodes" label="所属专线（可多选）">
          <Select mode="multiple" style={{ width: 320 }} options={specialLines} placeholder="不属于专线" />
        </Form.Item>
      </Space>
      <Space>
        <Button type="primary" htmlType="submit" loading={mutation.isPending}>
          {entry ? '保存修改' : '保存草稿'}
        </Button>
        <Button onClick={onDone}>取消</Button>
        <Typography.Text type="secondary">Ctrl + Enter 保存</Typography.Text>
      </Space>
    </Form>
  );
}

/** The editor of a new entry (entry null) or of an existing one, in a drawer. */
export function KnowledgeEditor({
  open,
  entry,
  onClose,
}: {
  open: boolean;
  entry: KnowledgeEntry | null;
  onClose: () => void;
}) {
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={760}
      title={entry ? `修改条目：${entry.title}` : '新建知识条目'}
      destroyOnHidden
    >
      {open ? <EditorForm entry={entry} onDone={onClose} /> : null}
    </Drawer>
  );
}
