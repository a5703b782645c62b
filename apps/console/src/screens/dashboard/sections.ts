import { hasRole, type Principal } from '../../auth/principal';

/** Figures move slowly; a minute keeps an open dashboard current without loading the database. */
export const FIGURES_REFRESH_MS = 60_000;

export interface DashboardSections {
  /** Tickets per day, region × category, summary and satisfaction (intake): supervisors in their area, owner leads for their organisation. */
  tickets: boolean;
  /** Acceptance time and overdue rate per body (routing): supervisors in their area, directory administrators for all. */
  acceptance: boolean;
}

/** What each role may see: the services refuse the rest, so the screen does not ask. */
export function dashboardSectionsOf(principal: Principal): DashboardSections {
  return {
    tickets: hasRole(principal, 'supervisor', 'owner-lead'),
    acceptance: hasRole(principal, 'supervisor', 'directory-admin'),
  };
}

/** Whose figures these are, in a sentence above them. */
export function scopeTextOf(principal: Principal, areaName: string | null): string {
  if (hasRole(principal, 'supervisor')) return `督办辖区：${areaName ?? principal.area ?? '未设置'}`;
  if (hasRole(principal, 'owner-lead'))
    return `本单位${principal.organisationName ? `（${principal.organisationName}）` : ''}首问受理的工单`;
  return '全部承办机构';
}
