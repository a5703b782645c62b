import { Result } from 'antd';
import { useEffect } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { setTokenSource } from '../api/client';
import { takeReturnPath, useAuth } from '../auth/AuthProvider';
import { hasRole, homeOf, type Role } from '../auth/principal';
import { DashboardScreen } from '../screens/dashboard/DashboardScreen';
import { DirectoryScreen } from '../screens/directory/DirectoryScreen';
import { ExchangeScreen } from '../screens/exchange/ExchangeScreen';
import { InboxScreen } from '../screens/inbox/InboxScreen';
import { OnlineQuestionsScreen } from '../screens/online-questions/OnlineQuestionsScreen';
import { NewTicketScreen } from '../screens/tickets/NewTicketScreen';
import { OwnersScreen } from '../screens/tickets/OwnersScreen';
import { TicketScreen } from '../screens/tickets/TicketScreen';
import { TicketSearchScreen } from '../screens/tickets/TicketSearchScreen';
import { SupervisionScreen } from '../screens/supervision/SupervisionScreen';
import { DutyRotaScreen } from '../screens/duty-rota/DutyRotaScreen';
import { InspectionScreen } from '../screens/inspection/InspectionScreen';
import { KnowledgeEntryScreen } from '../screens/knowledge/KnowledgeEntryScreen';
import { KnowledgeScreen } from '../screens/knowledge/KnowledgeScreen';
import { SpecialLineReportScreen } from '../screens/special-lines/SpecialLineReportScreen';
import { SpecialLinesScreen } from '../screens/special-lines/SpecialLinesScreen';
import { Shell } from './Shell';
import type { ReactNode } from 'react';

function Allowed({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { principal } = useAuth();
  if (!hasRole(principal, ...roles)) {
    return <Result status="403" title="无权访问" subTitle="您的角色不能使用此页面。请从左侧菜单选择您可以办理的工作。" />;
  }
  return children;
}

export const AGENT_ROLES: Role[] = ['hotline-agent', 'owner-lead'];

export function App() {
  const { principal, accessToken } = useAuth();
  useEffect(() => setTokenSource(accessToken), [accessToken]);
  setTokenSource(accessToken);

  return (
    <Shell>
      <Routes>
        <Route path="/" element={<Navigate to={homeOf(principal)} replace />} />
        <Route path="/signin-callback" element={<Navigate to={takeReturnPath() ?? homeOf(principal)} replace />} />
        <Route path="/tickets/new" element={<Allowed roles={AGENT_ROLES}><NewTicketScreen /></Allowed>} />
        <Route path="/tickets" element={<Allowed roles={[...AGENT_ROLES, 'office-staff', 'supervisor']}><TicketSearchScreen /></Allowed>} />
        <Route path="/tickets/:id" element={<Allowed roles={[...AGENT_ROLES, 'office-staff', 'supervisor']}><TicketScreen /></Allowed>} />
        <Route path="/owners" element={<Allowed roles={AGENT_ROLES}><OwnersScreen /></Allowed>} />
        <Route path="/online-questions" element={<Allowed roles={[...AGENT_ROLES, 'supervisor']}><OnlineQuestionsScreen /></Allowed>} />
        <Route path="/inbox" element={<Allowed roles={['office-staff', 'supervisor']}><InboxScreen /></Allowed>} />
        <Route path="/supervision" element={<Allowed roles={['supervisor']}><SupervisionScreen /></Allowed>} />
        <Route path="/dashboard" element={<Allowed roles={['supervisor', 'owner-lead', 'directory-admin']}><DashboardScreen /></Allowed>} />
        <Route path="/directory" element={<Allowed roles={['directory-admin', 'supervisor']}><DirectoryScreen /></Allowed>} />
        <Route path="/exchange" element={<Allowed roles={['exchange-admin', 'supervisor']}><ExchangeScreen /></Allowed>} />
        <Route path="/knowledge" element={<Allowed roles={[...AGENT_ROLES, 'office-staff', 'supervisor']}><KnowledgeScreen /></Allowed>} />
        <Route path="/knowledge/:id" element={<Allowed roles={[...AGENT_ROLES, 'office-staff', 'supervisor']}><KnowledgeEntryScreen /></Allowed>} />
        <Route path="/duty-rota" element={<Allowed roles={[...AGENT_ROLES, 'supervisor']}><DutyRotaScreen /></Allowed>} />
        <Route path="/inspection" element={<Allowed roles={[...AGENT_ROLES, 'supervisor']}><InspectionScreen /></Allowed>} />
        <Route path="/special-lines" element={<Allowed roles={['supervisor', 'owner-lead']}><SpecialLinesScreen /></Allowed>} />
        <Route path="/special-lines/:code" element={<Allowed roles={['supervisor', 'owner-lead']}><SpecialLineReportScreen /></Allowed>} />
        <Route path="/no-access" element={<Result status="403" title="账号未分配角色" subTitle="请联系系统管理员为您的账号分配角色。" />} />
        <Route path="*" element={<Result status="404" title="页面不存在" subTitle="请从左侧菜单进入。" />} />
      </Routes>
    </Shell>
  );
}
