import { describe, expect, it } from 'vitest';
import { ApiError, ERROR_CODE_MESSAGES, NetworkError, fieldErrorsOf, fieldProblemText, messageOf } from './errors';

const SERVICE_CODES = [
  'ACCESS.OTHER_BODY', 'ACCESS.OUTSIDE_AREA', 'ASSIGNMENT.ALREADY_DECIDED', 'ASSIGNMENT.WITHDRAWN', 'AUTH.PROVIDER_UNREACHABLE',
  'AUTH.ROLE_MISSING', 'CLOCK.STOPPED', 'IDEMPOTENCY.KEY_REUSED', 'PII.NOT_ENTITLED', 'REGION.UNKNOWN', 'TICKET.FOLLOW_UP_MISSING',
  'TICKET.INVALID_TRANSITION', 'TICKET.NOT_ANSWERED', 'TICKET.NOT_OWNER', 'PERIOD.ENDS_BEFORE_START', 'PERIOD.TOO_LONG', 'DASHBOARD.NO_LEVEL_BELOW',
];

describe('error messages in Chinese', () => {
  it('has a message for every coded refusal the screens meet', () => {
    for (const code of SERVICE_CODES) expect(ERROR_CODE_MESSAGES[code]).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('prefers the code’s message over the status’s', () => {
    const error = new ApiError(409, { statusCode: 409, errors: [{ field: '', code: 'ASSIGNMENT.ALREADY_DECIDED', description: 'already decided' }] });
    expect(messageOf(error)).toBe(ERROR_CODE_MESSAGES['ASSIGNMENT.ALREADY_DECIDED']);
  });

  it('falls back to the status, says how long to wait after 429, and keeps the form on network failures', () => {
    expect(messageOf(new ApiError(404, {}))).toContain('找不到');
    expect(messageOf(new ApiError(429, {}, 30))).toBe('操作过于频繁，请 30 秒后再试。');
    expect(messageOf(new ApiError(503, {}))).toContain('已保留');
    expect(messageOf(new NetworkError(new TypeError('Failed to fetch')))).toContain('已保留');
  });

  it('names the field in Chinese with the reason', () => {
    expect(fieldProblemText({ field: 'caller.phone', code: 'isChinesePhoneNumber', description: 'phone must be…' })).toBe(
      '联系电话：请填写 11 位手机号或带区号的固定电话（仅数字）',
    );
    expect(fieldProblemText({ field: 'regionCode', code: 'REGION.UNKNOWN', description: '' })).toContain('所在地区');
    const error = new ApiError(400, {
      errors: [
        { field: 'caller.name', code: 'isVisibleText', description: '' },
        { field: 'caller.name', code: 'isLength', description: '' },
        { field: 'summary', code: 'isLength', description: '' },
      ],
    });
    expect(fieldErrorsOf(error)).toEqual({ 'caller.name': '请填写可见文字', summary: '长度不符合要求' });
  });
});
