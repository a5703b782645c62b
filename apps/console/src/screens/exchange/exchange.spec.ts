import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/errors';
import { deliveryErrorText, endpointProblemOf, exchangeMessageOf, isPlainHttp, sortSummaries } from './exchange';

describe('delivery errors in words', () => {
  it('says what to do about the problems the exchange knows', () => {
    expect(deliveryErrorText('partner 110 has no registered delivery endpoint')).toContain('未登记对方的接收地址');
    expect(deliveryErrorText('partner 110 has no active delivery signing secret: issue one (POST …)')).toContain('新增签名密钥');
    expect(deliveryErrorText('partner answered HTTP 302; redirects are not followed, register the final URL')).toContain('最终接收地址');
    expect(deliveryErrorText('partner answered HTTP 401, a client error: check …')).toContain('核对接收地址和签名密钥');
    expect(deliveryErrorText('partner answered HTTP 503')).toContain('对方故障');
    expect(deliveryErrorText('connect ECONNREFUSED 10.0.0.1:443')).toContain('无法连接对方系统');
    expect(deliveryErrorText(null)).toBeNull();
  });
});

describe('partner endpoints', () => {
  it('take an absolute http(s) address without credentials or fragment', () => {
    expect(endpointProblemOf('https://110.example.gov.cn/api/12348/transfers')).toBeNull();
    expect(endpointProblemOf('http://10.1.2.3/transfers')).toBeNull();
    expect(endpointProblemOf('')).toBe('请填写接收地址');
    expect(endpointProblemOf('110.example.gov.cn')).toContain('完整的网址');
    expect(endpointProblemOf('ftp://110.example.gov.cn/')).toContain('https://');
    expect(endpointProblemOf('https://user:secret@110.example.gov.cn/')).toContain('用户名或密码');
    expect(endpointProblemOf('https://110.example.gov.cn/#x')).toContain('#');
  });

  it('warn that plain http carries the caller’s contact unencrypted', () => {
    expect(isPlainHttp(' http://10.1.2.3/')).toBe(true);
    expect(isPlainHttp('https://110.example.gov.cn/')).toBe(false);
  });
});

describe('refusals of the key routes', () => {
  it('are said in Chinese, falling back to the console’s common messages', () => {
    const tooMany = new ApiError(409, { errors: [{ field: '', code: 'PARTNER_KEY.TOO_MANY_ACTIVE', description: '' }] });
    expect(exchangeMessageOf(tooMany)).toContain('两把有效密钥');
    expect(exchangeMessageOf(new ApiError(403, { errors: [{ field: '', code: 'AUTH.ROLE_MISSING', description: '' }] }))).toContain('没有此项操作的权限');
  });
});

describe('partner delivery summaries', () => {
  it('put the partners failing longest first', () => {
    const summaries = [
      { partner: '12345' as const, consecutiveFailures: 0, failing: 0 },
      { partner: '110' as const, consecutiveFailures: 0, failing: 1 },
      { partner: '12368' as const, consecutiveFailures: 4, failing: 2 },
      { partner: '12355' as const, consecutiveFailures: 0, failing: 0 },
    ];
    expect(sortSummaries(summaries).map((s) => s.partner)).toEqual(['12368', '110', '12345', '12355']);
  });
});
