import type { LegalCategory, MatterLocation, PartnerHotline, RoutingReturnedToOwnerV1 } from '@legal-hotline/contracts';
import type { Agency } from '../../directory/domain/agency.js';

export type SuggestedDestination = NonNullable<RoutingReturnedToOwnerV1['suggestedDestination']>;

/** The partner hotlines as the owner knows them; a suggestion names one as `partner-hotline:<number>`. */
export const PARTNER_HOTLINE_NAMES: Readonly<Record<PartnerHotline, string>> = {
  '12345': '12345政务服务便民热线',
  '110': '110报警服务台',
  '12355': '12355青少年服务台',
  '12368': '12368诉讼服务热线',
};

// Matters a government department settles, reached through 12345: wages, labour relations and
// work injury (human resources and social security bureaus, labour inspection), social
// insurance, consumer complaints (market regulation).
const GOVERNMENT_SERVICE_CATEGORIES: readonly LegalCategory[] = [
  'labour-remuneration',
  'labour-relations',
  'work-injury',
  'social-insurance',
  'consumer',
];

/**
 * The partner hotline that fits a matter no body of this directory handles, first match wins:
 * 1. the organ handling the case: a court → 12368; the police → 110; an administrative organ → 12345;
 * 2. domestic violence → 110 (the police take reports and issue warnings, Anti-Domestic Violence Law Art. 13, 16);
 * 3. wages, labour relations, work injury, social insurance, consumer matters → 12345 (the departments behind it);
 * 4. anything else → 12345, the general government service line that finds the competent department.
 */
export function partnerHotlineFor(matter: { legalCategory: LegalCategory; matterLocation: MatterLocation }): {
  hotline: PartnerHotline;
  why: string;
} {
  const organ = matter.matterLocation.handlingOrgan;
  if (organ?.type === 'court') return { hotline: '12368', why: `the case is before ${organ.name}, a court` };
  if (organ?.type === 'police') return { hotline: '110', why: `the case is with ${organ.name}, the police` };
  if (organ?.type === 'administrative-organ') {
    return { hotline: '12345', why: `the case is with ${organ.name}, an administrative organ` };
  }
  if (matter.legalCategory === 'domestic-violence') {
    return { hotline: '110', why: 'domestic violence is reported to the police (Anti-Domestic Violence Law Art. 13)' };
  }
  if (GOVERNMENT_SERVICE_CATEGORIES.includes(matter.legalCategory)) {
    return { hotline: '12345', why: `${matter.legalCategory} matters are settled by the government departments behind 12345` };
  }
  return { hotline: '12345', why: 'the government service line finds the competent department' };
}

export interface SuggestionInput {
  /** Every hand-off that ended without acceptance, oldest first (reason: RejectionReason or "acceptance-overdue"). */
  rejections: readonly { reason: string }[];
  /** The body routing would try next were it allowed another hand-off; null when none is left. */
  nextCandidate: Pick<Agency, 'id' | 'name' | 'regionCode' | 'level'> | null;
  matter: { legalCategory: LegalCategory; matterLocation: MatterLocation };
}

/**
 * Where the first-contact owner might send a ticket that routing hands back:
 * 1. the bodies here say the matter is not theirs — the latest rejection is `not-our-category`
 *    and either no candidate is left or every rejection was `not-our-category` — so no body of
 *    this directory handles it: the partner hotline that fits (partnerHotlineFor);
 * 2. otherwise the next body in line that has neither rejected the ticket nor let it go overdue
 *    (usually the next level up);
 * 3. otherwise none: the owner decides.
 */
export function suggestDestination(input: SuggestionInput): SuggestedDestination | null {
  const { rejections, nextCandidate } = input;
  const latest = rejections.at(-1);
  const allCategory = rejections.length > 0 && rejections.every((r) => r.reason === 'not-our-category');
  if (latest?.reason === 'not-our-category' && (nextCandidate === null || allCategory)) {
    const { hotline, why } = partnerHotlineFor(input.matter);
    return {
      agencyId: `partner-hotline:${hotline}`,
      name: PARTNER_HOTLINE_NAMES[hotline],
      why: `no body of this directory handles the matter (rejected as not-our-category); ${why}`,
    };
  }
  if (nextCandidate) {
    return {
      agencyId: nextCandidate.id,
      name: nextCandidate.name,
      why: `the next body in line, at ${nextCandidate.level} level (${nextCandidate.regionCode}), has neither rejected the ticket nor let it go overdue`,
    };
  }
  return null;
}
