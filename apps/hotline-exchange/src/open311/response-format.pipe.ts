import { Injectable, type PipeTransform } from '@nestjs/common';
import { Open311Error } from './domain/open311-error.js';

/**
 * The format an Open311 path ends with (`services.json`). Only JSON is served: anything else,
 * XML included, answers 406 rather than a format the partner did not ask for.
 */
@Injectable()
export class JsonFormatOnly implements PipeTransform<string, 'json'> {
  transform(format: string): 'json' {
    if (format !== 'json') {
      throw new Open311Error(
        'OPEN311.FORMAT_NOT_SERVED',
        406,
        'this exchange answers in JSON only: end the path with .json (XML is not served)',
        'format',
      );
    }
    return format;
  }
}
