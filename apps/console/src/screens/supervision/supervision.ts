import type { components as IntakeComponents } from '../../api/generated/intake';
import type { components as RoutingComponents } from '../../api/generated/routing';

// What a supervisor (督办) reads first: critical alerts, then the newest; misroutes summed per
// region and legal category.

export type Alert = IntakeComponents['schemas']['SupervisionAlertView'];
export type Escalation = RoutingComponents['schemas']['EscalationView'];
export type MisrouteReport = RoutingComponents['schemas']['MisrouteReportView'];

const SEVERITY_RANK: Record<Alert['severity'], number> = { critical: 0, warning: 1 };

/** Critical before warning; within each, the newest first. */
export function sortAlerts<T extends Pick<Alert, 'severity' | 'raisedAt'>>(alerts: readonly T[]): T[] {
  return [...alerts].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || Date.parse(b.raisedAt) - Date.parse(a.raisedAt));
}

/**
 * The ticket number an alert's message names ("… ticket 12348-20261123-000042 …"), so the row
 * can show it; null when it names none. The message itself is the services' log wording.
 */
export function ticketNumberIn(message: string): string | null {
  return /\b\d{3,5}-\d{8}-\d{6}\b/.exec(message)?.[0] ?? null;
}

export interface MisrouteCell {
  regionCode: string;
  legalCategory: MisrouteReport['legalCategory'];
  count: number;
  /** Bodies that said "not ours" for this region and category. */
  agencies: number;
  lastSeenAt: string;
}

/**
 * The reports summed per county and legal category, most counted first: where the routing
 * table sends the wrong matters to the wrong bodies.
 */
export function misrouteCellsOf(reports: readonly MisrouteReport[]): MisrouteCell[] {
  const cells = new Map<string, MisrouteCell & { agencyIds: Set<string> }>();
  for (const report of reports) {
    const key = `${report.regionCode}|${report.legalCategory}`;
    const cell = cells.get(key) ?? { regionCode: report.regionCode, legalCategory: report.legalCategory, count: 0, agencies: 0, lastSeenAt: report.lastSeenAt, agencyIds: new Set<string>() };
    cell.count += report.count;
    cell.agencyIds.add(report.agencyId);
    if (report.lastSeenAt > cell.lastSeenAt) cell.lastSeenAt = report.lastSeenAt;
    cells.set(key, cell);
  }
  return [...cells.values()]
    .map(({ agencyIds, ...cell }) => ({ ...cell, agencies: agencyIds.size }))
    .sort((a, b) => b.count - a.count || a.regionCode.localeCompare(b.regionCode) || a.legalCategory.localeCompare(b.legalCategory));
}

/** The clock actions a supervisor has on an escalation row: pause a running clock, resume a paused one. */
export function clockActionOf(state: 'overdue' | 'paused' | 'running'): 'pause' | 'resume' | null {
  switch (state) {
    case 'running':
      return 'pause';
    case 'paused':
      return 'resume';
    case 'overdue':
      return null;
  }
}
