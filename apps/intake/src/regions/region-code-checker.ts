import { BadRequestException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { RegionCatalog } from '@legal-hotline/regions';
import type { ErrorBody, ErrorDetail } from '@legal-hotline/service-runtime';

/** A region code as received, under the name of the request field that carried it. */
export interface GivenRegionCode {
  field: string;
  code: string;
}

/** A code that names a known division; `code` is the one to record (a retired code's successor). */
export interface CheckedRegionCode {
  field: string;
  given: string;
  code: string;
}

/**
 * Checks region codes from a request against the division dataset. A retired code is accepted
 * and replaced by the code now covering its area, because routing works on current codes.
 */
@Injectable()
export class RegionCodeChecker {
  constructor(private readonly catalog: RegionCatalog) {}

  /** Throws 400 for malformed codes and 422 `REGION.UNKNOWN` for codes naming no division, listing every bad field. */
  async check(codes: readonly GivenRegionCode[]): Promise<CheckedRegionCode[]> {
    const checked: CheckedRegionCode[] = [];
    const malformed: ErrorDetail[] = [];
    const unknown: ErrorDetail[] = [];
    for (const { field, code } of codes) {
      const validation = await this.catalog.validate(code);
      if (validation.ok) {
        checked.push({ field, given: code, code: validation.retiredInto?.code ?? code });
        continue;
      }
      switch (validation.reason) {
        case 'malformed':
          malformed.push({ field, code: 'REGION.MALFORMED', description: `${field} must be 6, 9 or 12 digits` });
          break;
        case 'unknown':
        case 'province-not-loaded':
          unknown.push({ field, code: 'REGION.UNKNOWN', description: `${field} ${code} is not an administrative division this platform knows` });
          break;
      }
    }
    if (malformed.length > 0) throw new BadRequestException(errorBody(400, 'Bad Request', malformed));
    if (unknown.length > 0) throw new UnprocessableEntityException(errorBody(422, 'Unprocessable Entity', unknown));
    return checked;
  }
}

function errorBody(statusCode: number, error: string, errors: ErrorDetail[]): ErrorBody {
  return { statusCode, error, message: errors.map((e) => e.description).join('; '), errors };
}
