import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import type { Region, RegionLevel } from '@legal-hotline/regions';

const REGION_LEVELS: readonly RegionLevel[] = ['province', 'city', 'county', 'township', 'village'];

// ---- requests --------------------------------------------------------------------------------

export class RegionCodeParams {
  /** A division code: 6 digits (province, city, county), 9 (township) or 12 (village). */
  @ApiProperty({
    pattern: '^\\d{6}(\\d{3}(\\d{3})?)?$',
    example: '440605',
    description:
      'Division code: 6 digits (province 440000, city 440600, county 440605), 9 (township 440605011) or 12 (village)',
  })
  @Matches(/^\d{6}(\d{3}(\d{3})?)?$/, { message: 'code must be a division code of 6, 9 or 12 digits' })
  code!: string;
}

// ---- responses -------------------------------------------------------------------------------

export class RegionStepView {
  @ApiProperty({ example: '440600' })
  code!: string;

  @ApiProperty({ example: '佛山市' })
  name!: string;

  /**
   * province 省级, city 地级, county 县级, township 乡级, village 村级. A city without counties
   * (东莞市 441900, 中山市 442000) is a county-level division that stands for the city too.
   */
  @ApiProperty({ enum: REGION_LEVELS })
  level!: RegionLevel;
}

export class RegionItemView extends RegionStepView {
  /** Whether the division has divisions below it (false for a village). */
  @ApiProperty({ description: 'Whether GET /api/v1/regions/{code}/children lists anything (false for a village)' })
  hasChildren!: boolean;
}

export class RegionListView {
  /** By code. */
  @ApiProperty({ type: [RegionItemView], description: 'By code' })
  items!: RegionItemView[];
}

export class RegionDetailView extends RegionItemView {
  /**
   * The governing division one level up; null for a province. A statistical grouping (市辖区,
   * 省直辖县级行政区划) is never a parent: the counties it groups have the province as parent.
   */
  @ApiProperty({
    type: String,
    nullable: true,
    example: '440600',
    description:
      'The governing division one level up; null for a province. Statistical groupings (市辖区) are never parents.',
  })
  parentCode!: string | null;

  /**
   * The ancestors, province first, the division itself left out: for 桂城街道 (440605011) 广东省,
   * 佛山市, 南海区. Empty for a province.
   */
  @ApiProperty({
    type: [RegionStepView],
    description:
      'The ancestors, province first, without the division itself (empty for a province): 广东省 / 佛山市 / 南海区 for 桂城街道',
  })
  path!: RegionStepView[];

  /**
   * For a code retired since (高要市 441283, now 高要区 441204): the division now covering its area;
   * its path is that division's. Null for a current code.
   */
  @ApiProperty({
    type: RegionStepView,
    nullable: true,
    description:
      'For a retired code (高要市 441283): the division now covering its area, whose ancestors `path` gives; null for a current code',
  })
  retiredInto!: RegionStepView | null;
}

export function toRegionStepView(region: Region): RegionStepView {
  return { code: region.code, name: region.name, level: region.level };
}
