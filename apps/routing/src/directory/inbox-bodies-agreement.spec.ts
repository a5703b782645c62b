import { beforeAll, describe, expect, it } from '@jest/globals';
import { receivingBodyIds } from '@legal-hotline/assignment-inbox';
import { loadRegionCatalog, type RegionCatalog } from '@legal-hotline/regions';
import { buildDirectorySeed } from './domain/directory-seed.js';

// The legal-aid and mediation inboxes answer 404 for an office or committee they do not know,
// and they know the bodies by deriving them from the region catalog as this seed does. Should
// the two derivations part, a body routing assigns work to would have no inbox.
describe('the directory seed and the inboxes', () => {
  let catalog: RegionCatalog;

  beforeAll(async () => {
    catalog = await loadRegionCatalog({ provinces: ['44', '52'] });
  });

  it('know exactly the same receiving bodies', () => {
    const seeded = buildDirectorySeed(catalog, ['44', '52']);

    for (const type of ['legal-aid-centre', 'mediation-committee'] as const) {
      const seededIds = seeded.filter((agency) => agency.type === type).map((agency) => agency.id);
      expect(new Set(seededIds)).toEqual(receivingBodyIds(catalog, ['44', '52'], type));
    }
  });
});
