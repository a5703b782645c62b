import type { PartnerHotline } from '@legal-hotline/contracts';
import { platformById, platformOfRegion, type ProvincialPlatforms } from './provincial-platforms.js';
import type { FirstContactOwner, ResponsiblePlatform } from './ticket.js';
import { TicketError } from './ticket-error.js';

// Who answers the caller and closes the ticket (首问负责制, DOMAIN.md §2). A request received on a
// 12348 platform stays with that platform. A case a partner hotline forwarded cannot stay with
// the partner, which has no one on this platform: a 12348 platform answers it, while the partner
// stays recorded as the first contact.

/** The responsible platform and why, in words for the opening's timeline entry. */
export interface ResponsibilityChoice {
  responsible: ResponsiblePlatform;
  note: string;
}

/** A request received on a 12348 platform: the receiving organisation is responsible. */
export function responsibleForOwnRequest(
  firstContact: Pick<FirstContactOwner, 'organisationId' | 'organisation'>,
): ResponsibilityChoice {
  const { organisationId, organisation } = firstContact;
  return {
    responsible: { organisationId, organisation, basis: 'first-contact' },
    note: answersAndCloses(organisation, 'first contact'),
  };
}

/** What {@link responsibleForPartnerCase} needs to know of the forwarded case. */
export interface ForwardedCase {
  partner: PartnerHotline;
  regionCode: string;
  /** The platform the partner chose, by organisation id; absent when it chose none. */
  responsibleOrganisationId?: string | undefined;
}

/**
 * A case a partner forwarded: the 12348 platform the partner chose, if it is one; otherwise the
 * provincial platform of the case's region (first two digits of its code). A choice that names
 * no 12348 platform falls back to the region's, and the note says so. A region that lies in no
 * province is refused with `TICKET.NO_RESPONSIBLE_PLATFORM`: the exchange accepts only known
 * division codes, and every province has a platform, so only a malformed forward gets there.
 */
export function responsibleForPartnerCase(
  platforms: ProvincialPlatforms,
  forwarded: ForwardedCase,
): ResponsibilityChoice {
  const chosenId = forwarded.responsibleOrganisationId;
  const chosen = chosenId === undefined ? undefined : platformById(platforms, chosenId);
  if (chosen) {
    return {
      responsible: { organisationId: chosen.id, organisation: chosen.name, basis: 'partner-choice' },
      note: answersAndCloses(chosen.name, `chosen by ${forwarded.partner}`),
    };
  }
  const regional = platformOfRegion(platforms, forwarded.regionCode);
  if (!regional) {
    throw new TicketError(
      'TICKET.NO_RESPONSIBLE_PLATFORM',
      'unprocessable',
      `region ${forwarded.regionCode} lies in no province with a 12348 platform, and the partner chose ${chosenId ?? 'none'}: nobody could answer the caller`,
      'regionCode',
    );
  }
  const why =
    chosenId === undefined
      ? 'region platform'
      : `region platform; ${forwarded.partner} chose ${chosenId}, which is no 12348 platform`;
  return {
    responsible: { organisationId: regional.id, organisation: regional.name, basis: 'region-platform' },
    note: answersAndCloses(regional.name, why),
  };
}

function answersAndCloses(organisation: string, why: string): string {
  return `${organisation} answers the caller and closes (${why})`;
}
