import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { LEGAL_CATEGORIES, type LegalCategory } from '@legal-hotline/contracts';
import { PageQueryDto } from '@legal-hotline/service-runtime';
import { IsVisibleText } from '@legal-hotline/validation';
import {
  KNOWLEDGE_KINDS,
  KNOWLEDGE_STATUSES,
  REVIEW_DECISIONS,
  type KnowledgeContent,
  type KnowledgeKind,
  type KnowledgeStatus,
  type ReviewDecision,
} from './domain/knowledge-entry.js';

const REGION_PREFIX = /^\d{2,12}$/;
const REGION_PREFIX_MESSAGE = (field: string) =>
  `${field} must be the leading 2 to 12 digits of a region code, e.g. 44, 4406 or 440605`;
/** A special line's code, as the special lines name them ("migrant-wages"). */
const SPECIAL_LINE_CODE = /^[a-z0-9][a-z0-9-]{1,39}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class ServiceGuideDto {
  @ApiProperty({
    description: 'The body to apply to (受理机构).',
    maxLength: 200,
    example: '事由发生地的县级法律援助中心',
  })
  @IsString()
  @Length(1, 200)
  @IsVisibleText()
  body!: string;

  @ApiProperty({
    description: 'Where and how to apply: address, window, online channel.',
    maxLength: 2000,
    example: '到县（区）公共法律服务中心法律援助窗口，或在12348网上平台在线申请',
  })
  @IsString()
  @Length(1, 2000)
  @IsVisibleText()
  whereToApply!: string;

  @ApiProperty({
    description: 'Materials to bring (申请材料), one per item.',
    type: [String],
    maxItems: 30,
    example: ['居民身份证', '经济困难状况说明表', '与所申请事项有关的材料'],
  })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 200, { each: true })
  materials!: string[];

  @ApiPropertyOptional({
    description: 'The time limit the body works to, as told to callers.',
    type: String,
    nullable: true,
    maxLength: 200,
    example: '收到申请之日起7日内作出是否给予法律援助的决定（法律援助法第四十三条）',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  timeLimit?: string | null;
}

/** An entry as its author writes it; the same body creates a draft and edits one. */
export class KnowledgeEntryDto {
  @ApiProperty({
    enum: KNOWLEDGE_KINDS,
    description: 'faq 常见问题, lawyer-opinion 标准律师意见, service-guide 办事指南.',
  })
  @IsIn(KNOWLEDGE_KINDS)
  kind!: KnowledgeKind;

  @ApiProperty({ minLength: 2, maxLength: 200, example: '用人单位拖欠工资怎么办' })
  @IsString()
  @Length(2, 200)
  @IsVisibleText()
  title!: string;

  @ApiProperty({
    description: 'The question as callers ask it.',
    minLength: 2,
    maxLength: 2000,
    example: '公司已经三个月没发工资了，老板一直拖着，我该怎么办？',
  })
  @IsString()
  @Length(2, 2000)
  @IsVisibleText()
  question!: string;

  @ApiProperty({ description: 'The answer; for a service guide the guide in prose.', minLength: 2, maxLength: 20000 })
  @IsString()
  @Length(2, 20000)
  @IsVisibleText()
  answer!: string;

  @ApiPropertyOptional({
    description: 'Required for, and only for, a service guide.',
    type: ServiceGuideDto,
    nullable: true,
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceGuideDto)
  guide?: ServiceGuideDto | null;

  @ApiProperty({ enum: LEGAL_CATEGORIES })
  @IsIn(LEGAL_CATEGORIES)
  legalCategory!: LegalCategory;

  @ApiPropertyOptional({
    description:
      'Regions it applies to, as leading digits of region codes ("44" Guangdong, "4406" Foshan, "440605" Nanhai; 440000 is read as 44); each covers its sub-regions. Empty or absent: everywhere.',
    type: [String],
    maxItems: 50,
    example: ['4406'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(REGION_PREFIX, { each: true, message: REGION_PREFIX_MESSAGE('regionCodes') })
  regionCodes?: string[];

  @ApiPropertyOptional({
    description: 'Articles relied on, each naming the law and article.',
    type: [String],
    maxItems: 30,
    example: ['《中华人民共和国劳动合同法》第三十条'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(2, 200, { each: true })
  citedArticles?: string[];

  @ApiPropertyOptional({
    description: 'Special lines (专线) whose knowledge section holds the entry, by code.',
    type: [String],
    maxItems: 10,
    example: ['migrant-wages'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(SPECIAL_LINE_CODE, {
    each: true,
    message: 'specialLineCodes must be special-line codes: lower-case letters, digits and "-"',
  })
  specialLineCodes?: string[];

  @ApiProperty({
    description: 'First day it applies, YYYY-MM-DD (Asia/Shanghai).',
    format: 'date',
    example: '2026-01-01',
  })
  @Matches(DAY, { message: 'validFrom must be a day, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'validFrom must be a real calendar day' })
  validFrom!: string;

  @ApiPropertyOptional({
    description: 'Last day it applies, included; null or absent for no end.',
    format: 'date',
    type: String,
    nullable: true,
  })
  @IsOptional()
  @Matches(DAY, { message: 'validUntil must be a day, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'validUntil must be a real calendar day' })
  validUntil?: string | null;
}

/** The content of a checked request body. */
export function contentOf(dto: KnowledgeEntryDto): KnowledgeContent {
  return {
    kind: dto.kind,
    title: dto.title,
    question: dto.question,
    answer: dto.answer,
    guide: dto.guide
      ? {
          body: dto.guide.body,
          whereToApply: dto.guide.whereToApply,
          materials: dto.guide.materials,
          timeLimit: dto.guide.timeLimit ?? null,
        }
      : null,
    legalCategory: dto.legalCategory,
    regionCodes: dto.regionCodes ?? [],
    citedArticles: dto.citedArticles ?? [],
    specialLineCodes: dto.specialLineCodes ?? [],
    validFrom: dto.validFrom,
    validUntil: dto.validUntil ?? null,
  };
}

export class ReviewEntryDto {
  @ApiProperty({ enum: REVIEW_DECISIONS, description: 'publish 发布, or return 退回 to the author with a note.' })
  @IsIn(REVIEW_DECISIONS)
  decision!: ReviewDecision;

  @ApiPropertyOptional({
    description: 'Required to return: what to change. Kept with the entry and its version.',
    maxLength: 2000,
    type: String,
    nullable: true,
    example: '请补充劳动争议调解仲裁法第二十七条关于仲裁时效的说明',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string | null;
}

export class RetireEntryDto {
  @ApiPropertyOptional({
    description: 'Why it is retired, e.g. the law it relies on changed.',
    maxLength: 2000,
    type: String,
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  note?: string | null;
}

/** An empty body: the command needs nothing more. */
export class SubmitEntryDto {}

export class KnowledgeEntryIdParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  id!: string;
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListKnowledgeEntriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: KNOWLEDGE_STATUSES, description: 'Office staff see published entries only.' })
  @IsOptional()
  @IsIn(KNOWLEDGE_STATUSES)
  status?: KnowledgeStatus;

  @ApiPropertyOptional({
    description:
      'The review queue (待审核): entries in review and published entries with a revision in review, oldest first.',
    type: Boolean,
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  reviewQueue?: boolean;

  @ApiPropertyOptional({ enum: KNOWLEDGE_KINDS })
  @IsOptional()
  @IsIn(KNOWLEDGE_KINDS)
  kind?: KnowledgeKind;

  @ApiPropertyOptional({ enum: LEGAL_CATEGORIES })
  @IsOptional()
  @IsIn(LEGAL_CATEGORIES)
  legalCategory?: LegalCategory;
}

/** What both the search and the suggestions take besides the text. */
class KnowledgeContextQueryDto {
  @ApiPropertyOptional({
    enum: LEGAL_CATEGORIES,
    description: 'The category the agent chose for the call: entries of it rank higher (not a filter).',
  })
  @IsOptional()
  @IsIn(LEGAL_CATEGORIES)
  legalCategory?: LegalCategory;

  @ApiPropertyOptional({
    description:
      "The caller's region code (or its leading digits): entries for other regions are left out, and entries for the county rank above those for the city, the province and everywhere.",
    pattern: '^\\d{2,12}$',
    example: '440605',
  })
  @IsOptional()
  @Matches(REGION_PREFIX, { message: REGION_PREFIX_MESSAGE('regionCode') })
  regionCode?: string;
}

export class SearchKnowledgeQueryDto extends KnowledgeContextQueryDto {
  @ApiProperty({
    description: 'What to look for, in Chinese as spoken or written; the last word may be unfinished.',
    minLength: 1,
    maxLength: 200,
    example: '老板三个月没发钱',
  })
  @IsString()
  @Length(1, 200)
  @IsVisibleText()
  q!: string;

  @ApiPropertyOptional({ enum: KNOWLEDGE_KINDS })
  @IsOptional()
  @IsIn(KNOWLEDGE_KINDS)
  kind?: KnowledgeKind;

  @ApiPropertyOptional({
    description: "Only a special line's knowledge section (专线), by code.",
    example: 'migrant-wages',
  })
  @IsOptional()
  @Matches(SPECIAL_LINE_CODE, {
    message: 'specialLine must be a special-line code: lower-case letters, digits and "-"',
  })
  specialLine?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 10;
}

export class KnowledgeSuggestionsQueryDto extends KnowledgeContextQueryDto {
  @ApiProperty({
    description: "The caller's question as the agent types it.",
    minLength: 1,
    maxLength: 2000,
    example: '上班路上被车撞了，算不算工伤',
  })
  @IsString()
  @Length(1, 2000)
  @IsVisibleText()
  text!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 10, default: 5 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  limit = 5;
}
