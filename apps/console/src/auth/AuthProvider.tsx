import { Button, Result, Spin } from 'antd';
import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadConsoleConfig } from './config';
import { decodeJwtPayload, principalOf, type Principal } from './principal';

// Sign-in is the authorization code flow with PKCE (S256) against the OpenID Connect provider.
// Tokens stay in this tab's sessionStorage: a reload keeps the person signed in, closing the tab
// forgets them. Refresh happens quietly before the access token expires.

export const CALLBACK_PATH = '/signin-callback';

interface AuthState {
  principal: Principal;
  /** A valid access token, renewed first when it is about to expire. */
  accessToken: () => Promise<string>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

let returnPath: string | null = null;

/** Where the person was going before signing in (once), for the router to continue there. */
export function takeReturnPath(): string | null {
  const path = returnPath;
  returnPath = null;
  return path;
}

let manager: UserManager | undefined;

/** The one UserManager of the page (also used by the API client to renew tokens). */
export function userManager(): UserManager {
  if (!manager) throw new Error('sign-in is not configured yet');
  return manager;
}

async function createManager(): Promise<UserManager> {
  const config = await loadConsoleConfig();
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${window.location.origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: 60,
  });
}

type Phase = { kind: 'loading' } | { kind: 'ready'; user: User } | { kind: 'failed'; message: string };

function returnPathOf(state: unknown): string {
  const path = (state as { returnTo?: unknown } | undefined)?.returnTo;
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        manager ??= await createManager();
        if (window.location.pathname === CALLBACK_PATH) {
          const user = await manager.signinRedirectCallback();
          returnPath = returnPathOf(user.state);
          if (!cancelled) setPhase({ kind: 'ready', user });
          return;
        }
        let user = await manager.getUser();
        if (user?.expired) user = await manager.signinSilent().catch(() => null);
        if (!user) {
          await manager.signinRedirect({ state: { returnTo: window.location.pathname + window.location.search } });
          return;
        }
        if (!cancelled) setPhase({ kind: 'ready', user });
      } catch (error) {
        if (!cancelled) setPhase({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!manager) return;
    const onLoaded = (user: User) => setPhase({ kind: 'ready', user });
    const onSignedOut = () => void manager?.signinRedirect({ state: { returnTo: window.location.pathname } });
    manager.events.addUserLoaded(onLoaded);
    manager.events.addUserSignedOut(onSignedOut);
    return () => {
      manager?.events.removeUserLoaded(onLoaded);
      manager?.events.removeUserSignedOut(onSignedOut);
    };
  }, [phase.kind]);

  const accessToken = useCallback(async () => {
    const current = await userManager().getUser();
    if (current && !current.expired && (current.expires_in ?? 0) > 15) return current.access_token;
    const renewed = await userManager()
      .signinSilent()
      .catch(() => null);
    if (renewed) return renewed.access_token;
    await userManager().signinRedirect({ state: { returnTo: window.location.pathname + window.location.search } });
    throw new Error('signing in again');
  }, []);

  const signOut = useCallback(async () => {
    sessionStorage.clear();
    await userManager().signoutRedirect();
  }, []);

  const user = phase.kind === 'ready' ? phase.user : null;
  const value = useMemo<AuthState | null>(
    () => (user ? { principal: principalOf(decodeJwtPayload(user.access_token)), accessToken, signOut } : null),
    [user, accessToken, signOut],
  );

  if (phase.kind === 'failed') {
    return (
      <Result
        status="warning"
        title="无法连接统一身份认证服务"
        subTitle={`请稍后重试；如持续出现请联系系统管理员。（${phase.message}）`}
        extra={
          <Button type="primary" onClick={() => window.location.assign('/')}>
            重新登录
          </Button>
        }
      />
    );
  }
  if (!value) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <Spin size="large" tip="正在登录…">
          <div style={{ width: 200, height: 80 }} />
        </Spin>
      </div>
    );
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

export function usePrincipal(): Principal {
  return useAuth().principal;
}
