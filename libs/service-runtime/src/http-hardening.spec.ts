import { describe, expect, it } from '@jest/globals';
import { CodedError } from './errors.js';
import {
  acceptsBodyType,
  checkStrings,
  FORM_BODY_ROUTE,
  MAX_JSON_DEPTH,
  parseStrictForm,
  parseStrictJson,
} from './http-hardening.js';

function refusalOf(act: () => unknown): CodedError {
  try {
    act();
  } catch (error) {
    if (error instanceof CodedError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** `{"a":{"a":...{"a":1}...}}` with `levels` objects. */
function nestedObjects(levels: number): string {
  return '{"a":'.repeat(levels - 1) + '{"a":1}' + '}'.repeat(levels - 1);
}

describe(parseStrictJson.name, () => {
  it('parses ordinary JSON with Chinese text, emoji and escapes', () => {
    const body = utf8('{"name":"陈静","note":"👍 \\u4e2d\\n","tags":["a",1,true,null],"nested":{"x":1.5}}');

    expect(parseStrictJson(body)).toEqual({
      name: '陈静',
      note: '👍 中\n',
      tags: ['a', 1, true, null],
      nested: { x: 1.5 },
    });
  });

  it('accepts a UTF-8 byte order mark before the JSON', () => {
    expect(parseStrictJson(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('{"a":1}')]))).toEqual({ a: 1 });
  });

  it.each([
    ['a lone continuation byte', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0x80, 0x22, 0x7d])],
    ['a truncated three-byte sequence', Buffer.concat([utf8('{"a":"'), Buffer.from([0xe4, 0xb8]), utf8('"}')])],
    ['an overlong encoding of "/"', Buffer.concat([utf8('{"a":"'), Buffer.from([0xc0, 0xaf]), utf8('"}')])],
    ['an encoded surrogate (CESU-8)', Buffer.concat([utf8('{"a":"'), Buffer.from([0xed, 0xa0, 0x80]), utf8('"}')])],
    ['Latin-1 text', Buffer.from('{"name":"Müller"}', 'latin1')],
  ])('refuses invalid UTF-8: %s', (_, body) => {
    expect(refusalOf(() => parseStrictJson(body))).toMatchObject({ code: 'REQUEST.INVALID_UTF8', kind: 'invalid' });
  });

  it(`accepts exactly ${MAX_JSON_DEPTH} levels of objects and of arrays`, () => {
    expect(() => parseStrictJson(utf8(nestedObjects(32)))).not.toThrow();
    expect(() => parseStrictJson(utf8('['.repeat(32) + ']'.repeat(32)))).not.toThrow();
    expect(() => parseStrictJson(utf8('{"a":' + '['.repeat(31) + ']'.repeat(31) + '}'))).not.toThrow();
  });

  it(`refuses ${MAX_JSON_DEPTH + 1} levels, of objects, of arrays, and mixed`, () => {
    for (const body of [
      nestedObjects(33),
      '['.repeat(33) + ']'.repeat(33),
      '{"a":' + '['.repeat(32) + ']'.repeat(32) + '}',
    ]) {
      expect(refusalOf(() => parseStrictJson(utf8(body)))).toMatchObject({ code: 'REQUEST.TOO_DEEP', kind: 'invalid' });
    }
  });

  it('refuses a hostile depth before parsing it, without exhausting the stack', () => {
    const body = utf8('['.repeat(1_000_000));

    expect(refusalOf(() => parseStrictJson(body)).code).toBe('REQUEST.TOO_DEEP');
  });

  it('counts only structure, not brackets and escaped quotes inside strings', () => {
    const brackets = '[{'.repeat(40);
    const body = `{"text":"${brackets} \\" ${brackets} \\\\","list":[1]}`;

    expect(parseStrictJson(utf8(body))).toEqual({ text: `${brackets} " ${brackets} \\`, list: [1] });
  });

  it('siblings do not add up: many objects side by side at shallow depth are fine', () => {
    const body = `[${Array.from({ length: 100 }, () => '{"a":[{"b":1}]}').join(',')}]`;

    expect(parseStrictJson(utf8(body))).toHaveLength(100);
  });

  it('refuses malformed JSON, naming the reason', () => {
    for (const text of ['', '{', '{"a":1,}', "{'a':1}", '{"a":1}{"b":2}', 'NaN']) {
      expect(refusalOf(() => parseStrictJson(utf8(text)))).toMatchObject({
        code: 'REQUEST.MALFORMED_JSON',
        kind: 'invalid',
      });
    }
  });

  it('refuses U+0000 in a value, naming the field path', () => {
    const error = refusalOf(() => parseStrictJson(utf8('{"caller":{"names":["陈静","陈\\u0000静"]}}')));

    expect(error).toMatchObject({ code: 'REQUEST.NUL_CHARACTER', field: 'caller.names[1]' });
  });

  it('refuses U+0000 in a key, naming the field path with the character made visible', () => {
    const error = refusalOf(() => parseStrictJson(utf8('{"caller":{"na\\u0000me":"陈静"}}')));

    expect(error).toMatchObject({ code: 'REQUEST.NUL_CHARACTER', field: 'caller.na\\u0000me' });
    expect(error.message).not.toContain('\u0000');
  });

  it('refuses a raw NUL byte in a string (not valid JSON)', () => {
    expect(refusalOf(() => parseStrictJson(Buffer.from('{"a":"x\u0000"}', 'utf8'))).code).toBe(
      'REQUEST.MALFORMED_JSON',
    );
  });

  it('refuses lone surrogates in values and keys, naming the field path', () => {
    expect(refusalOf(() => parseStrictJson(utf8('{"summary":"\\ud83d"}')))).toMatchObject({
      code: 'REQUEST.LONE_SURROGATE',
      field: 'summary',
    });
    expect(refusalOf(() => parseStrictJson(utf8('{"items":[{"note":"x\\udc00y"}]}')))).toMatchObject({
      field: 'items[0].note',
    });
    expect(refusalOf(() => parseStrictJson(utf8('{"k\\udfffey":1}')))).toMatchObject({
      code: 'REQUEST.LONE_SURROGATE',
      field: 'k\\udfffey',
    });
  });

  it('accepts a correctly paired surrogate written as an escape', () => {
    expect(parseStrictJson(utf8('{"a":"\\ud83d\\udc4d"}'))).toEqual({ a: '👍' });
  });

  it('refuses a string body at the top level with U+0000, naming the body', () => {
    expect(refusalOf(() => parseStrictJson(utf8('"\\u0000"')))).toMatchObject({
      code: 'REQUEST.NUL_CHARACTER',
      field: 'body',
    });
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses the prototype-polluting key %s at any depth, naming it',
    (key) => {
      expect(refusalOf(() => parseStrictJson(utf8(`{"${key}":{"isAdmin":true}}`)))).toMatchObject({
        code: 'REQUEST.FORBIDDEN_KEY',
        field: key,
      });
      expect(refusalOf(() => parseStrictJson(utf8(`{"a":[{"${key}":1}]}`)))).toMatchObject({
        code: 'REQUEST.FORBIDDEN_KEY',
        field: `a[0].${key}`,
      });
      expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    },
  );

  it('lets the same words through as values', () => {
    expect(parseStrictJson(utf8('{"note":"__proto__ constructor prototype"}'))).toEqual({
      note: '__proto__ constructor prototype',
    });
  });
});

describe(checkStrings.name, () => {
  it('passes plain data of every JSON type', () => {
    expect(() => checkStrings({ a: 'x', b: 1, c: null, d: [true, { e: '陈静' }] }, '')).not.toThrow();
  });

  it('prefixes field paths, as for query strings', () => {
    expect(refusalOf(() => checkStrings({ name: ['ok', 'bad\u0000'] }, 'query'))).toMatchObject({
      field: 'query.name[1]',
    });
    expect(refusalOf(() => checkStrings('bad\u0000', 'query'))).toMatchObject({ field: 'query' });
  });

  it('checks an object without a prototype, as query-string parsers build them', () => {
    const query = Object.create(null) as Record<string, unknown>;
    query['__proto__'] = 'x';

    expect(refusalOf(() => checkStrings(query, 'query'))).toMatchObject({
      code: 'REQUEST.FORBIDDEN_KEY',
      field: 'query.__proto__',
    });
  });
});

describe(parseStrictForm.name, () => {
  it('decodes fields as Open311 clients send them: percent escapes, + for space, bracketed names', () => {
    const body = utf8(
      'service_code=consultation&attribute%5Bregion_code%5D=440605011&description=%E6%AC%A0%E8%96%AA+%E4%B8%89%E4%B8%AA%E6%9C%88&empty=&flag',
    );

    expect({ ...parseStrictForm(body) }).toEqual({
      service_code: 'consultation',
      'attribute[region_code]': '440605011',
      description: '欠薪 三个月',
      empty: '',
      flag: '',
    });
  });

  it('keeps every value of a field sent more than once, for validation to refuse', () => {
    expect({ ...parseStrictForm(utf8('a=1&a=2&a=3')) }).toEqual({ a: ['1', '2', '3'] });
  });

  it('gives no field a way to a prototype', () => {
    const fields = parseStrictForm(utf8('toString=x'));
    expect(Object.getPrototypeOf(fields)).toBeNull();
    expect(refusalOf(() => parseStrictForm(utf8('__proto__=x')))).toMatchObject({
      code: 'REQUEST.FORBIDDEN_KEY',
      field: '__proto__',
    });
  });

  it.each([
    ['raw bytes that are not UTF-8', Buffer.from([0x61, 0x3d, 0xff]), 'REQUEST.INVALID_UTF8'],
    ['a malformed % escape', utf8('a=%ZZ'), 'REQUEST.MALFORMED_FORM'],
    ['a % escape that is not UTF-8', utf8('a=%C3'), 'REQUEST.MALFORMED_FORM'],
  ])('refuses %s', (_, body, code) => {
    expect(refusalOf(() => parseStrictForm(body))).toMatchObject({ code, kind: 'invalid' });
  });

  it('refuses U+0000, naming the field (a surrogate escaped in UTF-8 is no UTF-8, refused above)', () => {
    expect(refusalOf(() => parseStrictForm(utf8('note=a%00b')))).toMatchObject({
      code: 'REQUEST.NUL_CHARACTER',
      field: 'note',
    });
  });
});

describe(acceptsBodyType.name, () => {
  it('takes JSON on every route, in any letter case and with parameters', () => {
    expect(acceptsBodyType('application/json', undefined)).toBe(true);
    expect(acceptsBodyType('Application/JSON; charset=utf-8', {})).toBe(true);
  });

  it('takes a form only where the route is marked for it', () => {
    expect(acceptsBodyType('application/x-www-form-urlencoded', undefined)).toBe(false);
    expect(acceptsBodyType('application/x-www-form-urlencoded', {})).toBe(false);
    expect(acceptsBodyType('application/x-www-form-urlencoded; charset=utf-8', FORM_BODY_ROUTE)).toBe(true);
  });

  it('takes nothing else, marked or not', () => {
    for (const type of [
      'multipart/form-data; boundary=x',
      'text/plain',
      'application/jsonp',
      'application/x-www-form-urlencodedx',
    ]) {
      expect(acceptsBodyType(type, FORM_BODY_ROUTE)).toBe(false);
    }
  });
});
