import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentPrincipal, RequireRoles, type Principal } from '@legal-hotline/auth';
import { KnowledgeCommandsHandler } from './knowledge-commands.handler.js';
import {
  contentOf,
  KnowledgeEntryDto,
  KnowledgeEntryIdParamsDto,
  KnowledgeSuggestionsQueryDto,
  ListKnowledgeEntriesQueryDto,
  RetireEntryDto,
  ReviewEntryDto,
  SearchKnowledgeQueryDto,
  SubmitEntryDto,
} from './knowledge.dto.js';
import {
  KnowledgeEntryDetailView,
  KnowledgeEntryPageView,
  KnowledgeEntryView,
  KnowledgeSearchView,
  KnowledgeSuggestionsView,
  KnowledgeVersionView,
} from './knowledge-view.dto.js';
import { ReadKnowledgeHandler } from './read-knowledge.handler.js';
import { SearchKnowledgeHandler } from './search-knowledge.handler.js';

const BAD_ENTRY =
  'A field is malformed (`errors` names each); KNOWLEDGE.VALIDITY_ENDS_BEFORE_START (validUntil), KNOWLEDGE.GUIDE_MISSING or KNOWLEDGE.GUIDE_NOT_ALLOWED (guide)';
const UNKNOWN_LINE = 'KNOWLEDGE.UNKNOWN_SPECIAL_LINE (specialLineCodes): no special line has that code';
const NOT_FOUND = 'KNOWLEDGE.NOT_FOUND (office staff: also an entry that is not published)';
const TRANSITION = 'KNOWLEDGE.INVALID_TRANSITION naming the status and why';
const WRITE_REFUSED =
  'KNOWLEDGE.NOT_AUTHOR: only its author or a reviewer changes an unpublished entry; AUTH.ROLE_MISSING';
const REVIEW_REFUSED =
  'KNOWLEDGE.REVIEWER_IS_AUTHOR: nobody reviews what they wrote (双人审核); AUTH.ROLE_MISSING: owner leads and supervisors review';

@ApiTags('knowledge')
@Controller('api/v1/knowledge')
export class KnowledgeController {
  constructor(
    private readonly search: SearchKnowledgeHandler,
    private readonly read: ReadKnowledgeHandler,
    private readonly commands: KnowledgeCommandsHandler,
  ) {}

  @Get('search')
  @RequireRoles('hotline-agent', 'owner-lead', 'office-staff', 'supervisor')
  @ApiOperation({
    summary:
      'Search the knowledge base (知识库检索) in Chinese: published entries valid today, best first, with highlights',
    description:
      'The text is cut into words (jieba) and widened by synonyms (没发钱 → 欠薪, 拖欠工资 …); any word matches, the last one as a prefix while typing. ' +
      'Ranked by text relevance (title above question above answer) raised for the chosen legal category, for entries written for the caller’s county, city or province (in that order), and for service guides when the question asks how or where to apply.',
  })
  @ApiOkResponse({ type: KnowledgeSearchView })
  @ApiBadRequestResponse({
    description:
      'A parameter is malformed (`q` empty or over 200 characters, `regionCode`, `limit` …); `errors` names each',
  })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING' })
  searchEntries(@Query() query: SearchKnowledgeQueryDto): Promise<KnowledgeSearchView> {
    return this.search.search(query);
  }

  @Get('suggestions')
  @RequireRoles('hotline-agent', 'owner-lead', 'office-staff', 'supervisor')
  @ApiOperation({
    summary: 'Entries suggested from the caller’s question as the agent types it (at most 10, 5 by default)',
    description:
      'The question is segmented and ranked as in the search; only titles and citations are returned, to stay light enough to call on every pause in typing.',
  })
  @ApiOkResponse({ type: KnowledgeSuggestionsView })
  @ApiBadRequestResponse({
    description: 'A parameter is malformed (`text`, `regionCode`, `limit` …); `errors` names each',
  })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING' })
  suggest(@Query() query: KnowledgeSuggestionsQueryDto): Promise<KnowledgeSuggestionsView> {
    return this.search.suggestions(query);
  }

  @Get('entries')
  @RequireRoles('hotline-agent', 'owner-lead', 'office-staff', 'supervisor')
  @ApiOperation({
    summary: 'Knowledge entries by status, kind and category, or the review queue (待审核, `reviewQueue=true`)',
    description: 'Agents, leads and supervisors see every status; office staff published entries only.',
  })
  @ApiOkResponse({ type: KnowledgeEntryPageView })
  @ApiBadRequestResponse({ description: 'A filter is malformed; `errors` names each' })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING' })
  list(
    @Query() query: ListKnowledgeEntriesQueryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<KnowledgeEntryPageView> {
    return this.read.list(query, principal);
  }

  @Post('entries')
  @RequireRoles('hotline-agent', 'owner-lead', 'supervisor')
  @ApiOperation({
    summary: 'Draft a knowledge entry (草稿); the token’s person is its author',
    description: 'Not searchable until submitted, reviewed by someone else and published.',
  })
  @ApiCreatedResponse({ type: KnowledgeEntryView })
  @ApiBadRequestResponse({ description: BAD_ENTRY })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING' })
  @ApiUnprocessableEntityResponse({ description: UNKNOWN_LINE })
  create(@Body() dto: KnowledgeEntryDto, @CurrentPrincipal() principal: Principal): Promise<KnowledgeEntryView> {
    return this.commands.draft(contentOf(dto), principal);
  }

  @Get('entries/:id')
  @RequireRoles('hotline-agent', 'owner-lead', 'office-staff', 'supervisor')
  @ApiOperation({ summary: 'A knowledge entry with its pending revision and every version, newest first' })
  @ApiOkResponse({ type: KnowledgeEntryDetailView })
  @ApiBadRequestResponse({ description: '`id` is not a UUID' })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  get(
    @Param() params: KnowledgeEntryIdParamsDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<KnowledgeEntryDetailView> {
    return this.read.get(params.id, principal);
  }

  @Get('entries/:id/versions')
  @RequireRoles('hotline-agent', 'owner-lead', 'office-staff', 'supervisor')
  @ApiOperation({
    summary:
      'Every saved change of a knowledge entry (版本), newest first, each with the whole entry as it was after it',
  })
  @ApiOkResponse({ type: [KnowledgeVersionView] })
  @ApiBadRequestResponse({ description: '`id` is not a UUID' })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  versions(
    @Param() params: KnowledgeEntryIdParamsDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<KnowledgeVersionView[]> {
    return this.read.versions(params.id, principal);
  }

  @Put('entries/:id')
  @RequireRoles('hotline-agent', 'owner-lead', 'supervisor')
  @ApiOperation({
    summary: 'Edit a knowledge entry',
    description:
      'A draft or a returned entry is changed in place (a returned one becomes a draft; submit it again). ' +
      'A published entry gets a revision that goes to review at once; the published text stays searchable and citable until the revision is published, and stays as it was if it is returned. ' +
      'An entry under review, or with a revision under review, cannot be edited until the reviewer decides.',
  })
  @ApiOkResponse({ type: KnowledgeEntryView })
  @ApiBadRequestResponse({ description: BAD_ENTRY })
  @ApiForbiddenResponse({ description: WRITE_REFUSED })
  @ApiNotFoundResponse({ description: 'KNOWLEDGE.NOT_FOUND' })
  @ApiConflictResponse({ description: `${TRANSITION} (in review, retired); KNOWLEDGE.REVISION_IN_REVIEW` })
  @ApiUnprocessableEntityResponse({ description: UNKNOWN_LINE })
  edit(
    @Param() params: KnowledgeEntryIdParamsDto,
    @Body() dto: KnowledgeEntryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<KnowledgeEntryView> {
    return this.commands.edit(params.id, contentOf(dto), principal);
  }

  @Post('entries/:id/submit')
  @HttpCode(200)
  @RequireRoles('hotline-agent', 'owner-lead', 'supervisor')
  @ApiOperation({ summary: 'Send a draft or a returned entry to review (提交审核)' })
  @ApiOkResponse({ type: KnowledgeEntryView })
  @ApiForbiddenResponse({ description: WRITE_REFUSED })
  @ApiNotFoundResponse({ description: 'KNOWLEDGE.NOT_FOUND' })
  @ApiConflictResponse({ description: TRANSITION })
  submit(
    @Param() params: KnowledgeEntryIdParamsDto,
    @Body() _empty: SubmitEntryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<KnowledgeEntryView> {
    return this.commands.submit(params.id, principal);
  }

  @Post('entries/:id/review')
  @HttpCode(200)
  @RequireRoles('owner-lead', 'supervisor')
  @ApiOperation({
    summary:
      'Review (审核) an entry or a published entry’s revision: publish it, or return it to its author with a note',
    description: 'The reviewer must not be its author (or the revision’s editor).',
  })
  @ApiOkResponse({ type: KnowledgeEntryView })
  @ApiBadRequestResponse({
    description: 'KNOWLEDGE.NOTE_REQUIRED (note): returning needs a note; `decision` malformed',
  })
  @ApiForbiddenResponse({ description: REVIEW_REFUSED })
  @ApiNotFoundResponse({ description: 'KNOWLEDGE.NOT_FOUND' })
  @ApiConflictResponse({ description: `${TRANSITION}: nothing of it awaits review` })
  review(
    @Param() params: KnowledgeEntryIdParamsDto,
    @Body() dto: ReviewEntryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<KnowledgeEntryView> {
    return this.commands.review(params.id, { decision: dto.decision, note: dto.note ?? null }, principal);
  }

  @Post('entries/:id/retire')
  @HttpCode(200)
  @RequireRoles('owner-lead', 'supervisor')
  @ApiOperation({ summary: 'Retire an entry (停用): no longer searched, suggested or citable; kept with its versions' })
  @ApiOkResponse({ type: KnowledgeEntryView })
  @ApiForbiddenResponse({ description: 'AUTH.ROLE_MISSING: owner leads and supervisors retire' })
  @ApiNotFoundResponse({ description: 'KNOWLEDGE.NOT_FOUND' })
  @ApiConflictResponse({ description: `${TRANSITION}: retired already` })
  retire(
    @Param() params: KnowledgeEntryIdParamsDto,
    @Body() dto: RetireEntryDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<KnowledgeEntryView> {
    return this.commands.retire(params.id, dto.note ?? null, principal);
  }
}
