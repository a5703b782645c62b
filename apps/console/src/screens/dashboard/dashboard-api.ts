import { intake, routing, unwrap } from '../../api/client';
import type { Period } from './period';

// The dashboard's four questions to the services. Each figure is counted in the database; the
// browser never pulls tickets to count them.

export interface FigureQuery {
  from: string;
  to: string;
  /** A region code prefix ("44", "4406", "440605", "440605011"); absent: all the person may see. */
  regionCode?: string;
}

export function figureQueryOf(period: Period, region: string | null): FigureQuery {
  return region === null
    ? { from: period.from, to: period.to }
    : { from: period.from, to: period.to, regionCode: region };
}

export const dashboardApi = {
  ticketsPerDay: (query: FigureQuery) => unwrap(intake.GET('/v1/dashboard/tickets-per-day', { params: { query } })),
  regions: (query: FigureQuery) => unwrap(intake.GET('/v1/dashboard/regions', { params: { query } })),
  summary: (query: FigureQuery) => unwrap(intake.GET('/v1/dashboard/summary', { params: { query } })),
  acceptance: (query: FigureQuery) => unwrap(routing.GET('/v1/dashboard/acceptance', { params: { query } })),
};
