import type { Type as Constructor } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE = 1_000_000;

/** Query parameters every list endpoint takes; list queries extend it with their filters. */
export class PageQueryDto {
  /** 1-based page number; bounded so that the row offset stays a safe integer for the database. */
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize = 20;
}

/** One page of a list: the answer of every list endpoint. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  /** Items matching the filters, over all pages. */
  total: number;
}

/**
 * The OpenAPI-documented class of a page of `item`s, to extend once per list
 * (`class TicketPageView extends PageOf(TicketSummaryView) {}`), so that every list answers
 * in one shape. `order` describes how the items are sorted, when it matters.
 */
export function PageOf<T>(item: Constructor<T>, order?: string): Constructor<Page<T>> {
  class PageView implements Page<T> {
    @ApiProperty({ type: [item], ...(order ? { description: order } : {}) })
    items!: T[];

    @ApiProperty({ minimum: 1, maximum: MAX_PAGE })
    page!: number;

    @ApiProperty({ minimum: 1, maximum: 100 })
    pageSize!: number;

    @ApiProperty({ minimum: 0, description: 'Items matching the filters, over all pages' })
    total!: number;
  }
  return PageView;
}
