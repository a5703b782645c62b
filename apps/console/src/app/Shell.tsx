import {
  AlertOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CommentOutlined,
  FileAddOutlined,
  FlagOutlined,
  InboxOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Layout, Menu, Modal, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { hasRole } from '../auth/principal';
import { ROLE_LABELS, labelOf } from '../i18n/labels';
import { isTypingTarget, SHORTCUTS } from '../lib/shortcuts';

const { Header, Sider, Content } = Layout;

export function Shell({ children }: { children: ReactNode }) {
  const { principal, signOut } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [helpOpen, setHelpOpen] = useState(false);

  const items = useMemo(() => {
    const entries: { key: string; icon: ReactNode; label: string }[] = [];
    if (hasRole(principal, 'hotline-agent', 'owner-lead')) {
      entries.push({ key: '/tickets/new', icon: <FileAddOutlined />, label: '新建工单' });
      entries.push({ key: '/owners', icon: <TeamOutlined />, label: '本单位在外办理' });
    }
    if (hasRole(principal, 'hotline-agent', 'owner-lead', 'supervisor')) {
      entries.push({ key: '/online-questions', icon: <CommentOutlined />, label: '网络咨询' });
    }
    if (hasRole(principal, 'office-staff')) entries.push({ key: '/inbox', icon: <InboxOutlined />, label: '待办事项' });
    if (hasRole(principal, 'hotline-agent', 'owner-lead', 'office-staff', 'supervisor')) {
      entries.push({ key: '/tickets', icon: <SearchOutlined />, label: '工单查询' });
    }
    if (hasRole(principal, 'hotline-agent', 'owner-lead', 'office-staff', 'supervisor')) {
      entries.push({ key: '/knowledge', icon: <BookOutlined />, label: '知识库' });
    }
    if (hasRole(principal, 'hotline-agent', 'owner-lead', 'supervisor')) {
      entries.push({ key: '/duty-rota', icon: <CalendarOutlined />, label: '值班排班' });
      entries.push({ key: '/inspection', icon: <SafetyCertificateOutlined />, label: '服务质检' });
    }
    if (hasRole(principal, 'supervisor', 'owner-lead')) entries.push({ key: '/special-lines', icon: <FlagOutlined />, label: '专线管理' });
    if (hasRole(principal, 'supervisor')) entries.push({ key: '/supervision', icon: <AlertOutlined />, label: '督办' });
    if (hasRole(principal, 'supervisor', 'owner-lead', 'directory-admin')) {
      entries.push({ key: '/dashboard', icon: <BarChartOutlined />, label: '统计分析' });
    }
    if (hasRole(principal, 'directory-admin', 'supervisor')) entries.push({ key: '/directory', icon: <ApartmentOutlined />, label: '机构目录' });
    if (hasRole(principal, 'exchange-admin', 'supervisor')) entries.push({ key: '/exchange', icon: <SwapOutlined />, label: '兄弟热线对接' });
    return entries;
  }, [principal]);

  // Shortcuts for the agent's main actions; each only where the role has the screen.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '?' && !isTypingTarget(event.target)) {
        setHelpOpen(true);
        return;
      }
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const shortcut = SHORTCUTS.find((s) => s.global && s.code === event.code);
      if (shortcut?.path && items.some((item) => item.key === shortcut.path)) {
        event.preventDefault();
        void navigate(shortcut.path);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, navigate]);

  const selected = items
    .map((item) => item.key)
    .filter((key) => location.pathname === key || (key !== '/tickets' && location.pathname.startsWith(`${key}/`)) || (key === '/tickets' && /^\/tickets\/[0-9a-f-]{36}$/.test(location.pathname)))
    .slice(0, 1);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <Sider width={200} breakpoint="lg" collapsedWidth={0} style={{ background: '#7f1010' }}>
        <div className="console-brand">12348 工单工作台</div>
        <nav aria-label="主菜单">
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={selected}
            style={{ background: '#7f1010' }}
            items={items}
            onClick={({ key }) => void navigate(key)}
          />
        </nav>
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 24px', display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Typography.Text strong>{principal.organisationName ?? '公共法律服务平台'}</Typography.Text>
          <Space size="middle">
            <span data-testid="signed-in-user">
              {principal.name}
              {principal.roles.map((role) => (
                <Tag key={role} style={{ marginInlineStart: 8 }}>
                  {labelOf(ROLE_LABELS, role)}
                </Tag>
              ))}
            </span>
            <Button type="link" onClick={() => setHelpOpen(true)} aria-label="快捷键说明">
              快捷键 <kbd>?</kbd>
            </Button>
            <Button icon={<LogoutOutlined />} onClick={() => void signOut()}>
              退出登录
            </Button>
          </Space>
        </Header>
        <Content id="main" tabIndex={-1} style={{ margin: 24 }}>
          {children}
        </Content>
      </Layout>
      <Modal title="快捷键" open={helpOpen} onCancel={() => setHelpOpen(false)} footer={null}>
        <table style={{ width: '100%' }}>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.keys}>
                <td style={{ padding: 4, whiteSpace: 'nowrap' }}>
                  <kbd>{shortcut.keys}</kbd>
                </td>
                <td style={{ padding: 4 }}>{shortcut.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Modal>
    </Layout>
  );
}
