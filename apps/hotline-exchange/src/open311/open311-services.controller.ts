import { Controller, Get, Param, UseFilters } from '@nestjs/common';
import {
  ApiNotAcceptableResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { PublicRoute } from '@legal-hotline/auth';
import { Open311Error } from './domain/open311-error.js';
import {
  open311Services,
  serviceDefinitionOf,
  type Open311Service,
  type Open311ServiceDefinition,
} from './domain/open311-services.js';
import { Open311ErrorDto, ServiceDefinitionDto, ServiceDto } from './open311.dto.js';
import { Open311ExceptionFilter } from './open311-exception.filter.js';
import { JsonFormatOnly } from './response-format.pipe.js';

const FORMAT_PARAM = {
  name: 'format',
  enum: ['json'],
  description: 'json; any other format, xml included, answers 406',
} as const;
const JURISDICTION_QUERY = {
  name: 'jurisdiction_id',
  required: false,
  description: 'Ignored: the exchange serves one jurisdiction',
} as const;

@ApiTags('open311')
@PublicRoute(
  'Open311 service discovery: which cases partners may forward is no secret, and a client reads it before it holds a key',
)
@ApiNotAcceptableResponse({ type: [Open311ErrorDto], description: 'OPEN311.FORMAT_NOT_SERVED: only .json is served' })
@UseFilters(Open311ExceptionFilter)
@Controller('api/open311/v2')
export class Open311ServicesController {
  @Get('services.:format')
  @ApiOperation({
    summary: 'Open311 services: the kinds of case a partner hotline may forward',
    description:
      'GeoReport v2 service list: one service per request type. Every service has attributes (metadata true): GET services/{service_code}.json.',
  })
  @ApiParam(FORMAT_PARAM)
  @ApiQuery(JURISDICTION_QUERY)
  @ApiOkResponse({ type: [ServiceDto] })
  listServices(@Param('format', JsonFormatOnly) _format: 'json'): Open311Service[] {
    return open311Services();
  }

  @Get('services/:service_code.:format')
  @ApiOperation({
    summary: "An Open311 service's definition: the attributes a request must or may carry",
    description: 'GeoReport v2 service definition. Attributes are sent as attribute[<code>] with POST requests.json.',
  })
  @ApiParam({ name: 'service_code', description: 'A service_code of services.json', example: 'legal-aid-application' })
  @ApiParam(FORMAT_PARAM)
  @ApiQuery(JURISDICTION_QUERY)
  @ApiOkResponse({ type: ServiceDefinitionDto })
  @ApiNotFoundResponse({ type: [Open311ErrorDto], description: 'OPEN311.SERVICE_NOT_FOUND: no such service_code' })
  getServiceDefinition(
    @Param('service_code') serviceCode: string,
    @Param('format', JsonFormatOnly) _format: 'json',
  ): Open311ServiceDefinition {
    const definition = serviceDefinitionOf(serviceCode);
    if (!definition)
      throw new Open311Error(
        'OPEN311.SERVICE_NOT_FOUND',
        404,
        'no such service: GET services.json lists them',
        'service_code',
      );
    return definition;
  }
}
