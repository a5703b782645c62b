import { Injectable } from '@nestjs/common';
import { RegionCatalog } from '@legal-hotline/regions';
import { statusOf, type SpecialLine } from './domain/special-line.js';
import type { SpecialLineView } from './special-line.dto.js';

/** A line as the API shows it: its status at the time of the answer, its region by name. */
@Injectable()
export class SpecialLineViews {
  constructor(private readonly catalog: RegionCatalog) {}

  of(line: SpecialLine, now: Date): SpecialLineView {
    return {
      code: line.code,
      name: line.name,
      description: line.description,
      legalCategories: [...line.legalCategories],
      regionCode: line.regionCode,
      regionName: line.regionCode === null ? null : (this.catalog.lookup(line.regionCode)?.name ?? null),
      status: statusOf(line, now),
      startsAt: line.startsAt.toISOString(),
      endsAt: line.endsAt?.toISOString() ?? null,
      priority: line.priority,
      onlineAnswerHours: line.onlineAnswerHours,
      openedBy: line.openedBy,
      openedAt: line.createdAt.toISOString(),
      changedBy: line.changedBy,
      changedAt: line.changedAt?.toISOString() ?? null,
      closedBy: line.closedBy,
      closedAt: line.closedAt?.toISOString() ?? null,
    };
  }
}
