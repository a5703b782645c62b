import { Layout, Menu, Typography } from 'antd';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { AskScreen } from './AskScreen';
import { LookupScreen } from './LookupScreen';

/** The pages members of the public use without an account: ask a question, look it up. */
export const PUBLIC_PATHS = ['/ask', '/lookup'];

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}

export function PublicApp() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        跳到主要内容
      </a>
      <Layout.Header style={{ background: '#7f1010', display: 'flex', alignItems: 'center', gap: 24 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 18, whiteSpace: 'nowrap' }}>
          12348 公共法律服务
        </Typography.Text>
        <nav aria-label="主菜单" style={{ flex: 1 }}>
          <Menu
            theme="dark"
            mode="horizontal"
            style={{ background: '#7f1010' }}
            selectedKeys={[location.pathname]}
            items={[
              { key: '/ask', label: '网上咨询' },
              { key: '/lookup', label: '查询办理进度' },
            ]}
            onClick={({ key }) => void navigate(key)}
          />
        </nav>
      </Layout.Header>
      <Layout.Content
        id="main"
        tabIndex={-1}
        style={{ margin: '24px auto', width: '100%', maxWidth: 880, padding: '0 16px' }}
      >
        <Routes>
          <Route path="/ask" element={<AskScreen />} />
          <Route path="/lookup" element={<LookupScreen />} />
        </Routes>
      </Layout.Content>
    </Layout>
  );
}
