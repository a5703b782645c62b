import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, useLocation } from 'react-router';
import { ApiError } from './api/errors';
import { App } from './app/App';
import { AuthProvider } from './auth/AuthProvider';
import { theme } from './app/theme';
import { isPublicPath, PublicApp } from './screens/public/PublicApp';
import './app/global.css';
import './lib/time';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 2_000,
      refetchOnWindowFocus: true,
      // Refusals (4xx) are answers; only failures of the network or a service are worth retrying.
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
    },
    mutations: { retry: false },
  },
});

/** The public pages (ask, look up) need no sign-in; everything else is the signed-in console. */
function Root() {
  const { pathname } = useLocation();
  if (isPublicPath(pathname)) return <PublicApp />;
  return (
    <AuthProvider>
      <App />
    </AuthProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <Root />
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
