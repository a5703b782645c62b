import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { regionPrefixOf } from '@legal-hotline/regions';
import { toMisrouteReportView, type ListMisrouteReportsQuery, type MisrouteReportPage } from './misroute-report.dto.js';
import { MisrouteReportEntity } from './misroute-report.entity.js';

/** Reads of the misroute counts; they change nothing and emit nothing. */
@Injectable()
export class MisrouteReportQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(query: ListMisrouteReportsQuery): Promise<MisrouteReportPage> {
    const builder = this.dataSource.getRepository(MisrouteReportEntity).createQueryBuilder('report');
    if (query.legalCategory) builder.andWhere('report.legalCategory = :category', { category: query.legalCategory });
    if (query.reason) builder.andWhere('report.reason = :reason', { reason: query.reason });
    // Digits only (validated): no LIKE escaping needed.
    if (query.regionCode) builder.andWhere('report.regionCode LIKE :prefix', { prefix: `${regionPrefixOf(query.regionCode)}%` });
    const [rows, total] = await builder
      .orderBy('report.count', 'DESC')
      .addOrderBy('report.lastSeenAt', 'DESC')
      .addOrderBy('report.agencyId', 'ASC')
      .addOrderBy('report.legalCategory', 'ASC')
      .addOrderBy('report.regionCode', 'ASC')
      .addOrderBy('report.reason', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toMisrouteReportView), page: query.page, pageSize: query.pageSize, total };
  }
}
