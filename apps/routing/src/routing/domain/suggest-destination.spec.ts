import { describe, expect, it } from '@jest/globals';
import type { LegalCategory, MatterLocation } from '@legal-hotline/contracts';
import { partnerHotlineFor, suggestDestination, type SuggestionInput } from './suggest-destination.js';

const FOSHAN = { id: 'legal-aid-centre:440600', name: '佛山市法律援助中心', regionCode: '440600', level: 'city' as const };
const matter = (legalCategory: LegalCategory = 'labour-remuneration', matterLocation: MatterLocation = {}) => ({ legalCategory, matterLocation });
const rejections = (...reasons: string[]) => reasons.map((reason) => ({ reason }));

describe(suggestDestination.name, () => {
  it.each<{ case: string; input: SuggestionInput; agencyId: string | null }>([
    {
      case: 'the next level up after a jurisdiction rejection',
      input: { rejections: rejections('not-our-jurisdiction'), nextCandidate: FOSHAN, matter: matter() },
      agencyId: 'legal-aid-centre:440600',
    },
    {
      case: 'the next level up after an overdue hand-off',
      input: { rejections: rejections('acceptance-overdue'), nextCandidate: FOSHAN, matter: matter() },
      agencyId: 'legal-aid-centre:440600',
    },
    {
      case: 'a partner hotline when every body said not-our-category, even with a level left',
      input: { rejections: rejections('not-our-category', 'not-our-category'), nextCandidate: FOSHAN, matter: matter('consumer') },
      agencyId: 'partner-hotline:12345',
    },
    {
      case: 'a partner hotline when the last said not-our-category and no body is left',
      input: { rejections: rejections('not-our-jurisdiction', 'not-our-category'), nextCandidate: null, matter: matter('domestic-violence') },
      agencyId: 'partner-hotline:110',
    },
    {
      case: 'the next body when only the last of mixed rejections was about the category',
      input: { rejections: rejections('not-our-jurisdiction', 'not-our-category'), nextCandidate: FOSHAN, matter: matter() },
      agencyId: 'legal-aid-centre:440600',
    },
    {
      case: 'nothing when no body is left after jurisdiction rejections',
      input: { rejections: rejections('not-our-jurisdiction', 'conflict-of-interest'), nextCandidate: null, matter: matter() },
      agencyId: null,
    },
    {
      case: 'nothing when the last rejection is not about the category and no body is left',
      input: { rejections: rejections('not-our-category', 'duplicate'), nextCandidate: null, matter: matter() },
      agencyId: null,
    },
  ])('suggests $case', ({ input, agencyId }) => {
    const suggestion = suggestDestination(input);
    expect(suggestion?.agencyId ?? null).toBe(agencyId);
    if (suggestion) expect(suggestion.why.length).toBeGreaterThan(10);
  });
});

describe(partnerHotlineFor.name, () => {
  it.each<[string, ReturnType<typeof matter>, string]>([
    ['a case before a court', matter('contract', { handlingOrgan: { type: 'court', name: '佛山市南海区人民法院', regionCode: '440605' } }), '12368'],
    ['a case with the police', matter('property', { handlingOrgan: { type: 'police', name: '南海公安分局', regionCode: '440605' } }), '110'],
    ['a case with an administrative organ', matter('other', { handlingOrgan: { type: 'administrative-organ', name: '南海区人社局', regionCode: '440605' } }), '12345'],
    ['domestic violence', matter('domestic-violence'), '110'],
    ['unpaid wages', matter('labour-remuneration'), '12345'],
    ['a consumer complaint', matter('consumer'), '12345'],
    ['anything else', matter('neighbourhood'), '12345'],
  ])('sends %s to %s', (_case, input, hotline) => {
    expect(partnerHotlineFor(input).hotline).toBe(hotline);
  });
});
