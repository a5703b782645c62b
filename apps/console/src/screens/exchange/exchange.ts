import { ApiError, messageOf } from '../../api/errors';
import type { components } from '../../api/generated/hotline-exchange';

// The partner hotlines' side of the exchange as its keeper sees it: delivery problems in words
// that say what to do, and the refusals of the key routes in Chinese.

export type PartnerCode = components['schemas']['PartnerAdminDto']['code'];
export type Partner = components['schemas']['PartnerAdminDto'];
export type DeliverySummary = components['schemas']['DeliverySummaryDto'];
export type TransferDelivery = components['schemas']['TransferDeliveryDto'];
export type PartnerKey = components['schemas']['PartnerKeyDto'];
export type DeliverySecret = components['schemas']['DeliverySecretDto'];

export const PARTNER_CODES: readonly PartnerCode[] = ['12345', '110', '12355', '12368'];

/**
 * A delivery's last error, said for the person who fixes it. The service words its errors for
 * logs; the known ones are recognised here and the rest named as a connection problem.
 */
export function deliveryErrorText(lastError: string | null | undefined): string | null {
  if (!lastError) return null;
  if (lastError.includes('no registered delivery endpoint')) return '未登记对方的接收地址，请在对接设置中登记。';
  if (lastError.includes('no active delivery signing secret')) return '没有有效的推送签名密钥，请在对接设置中新增签名密钥。';
  const status = /HTTP (\d{3})/.exec(lastError)?.[1];
  if (status) {
    const code = Number(status);
    if (code >= 300 && code < 400) return `对方返回 ${code}（重定向，不跟随），请登记对方的最终接收地址。`;
    if (code >= 400 && code < 500) return `对方返回 ${code}（请求被拒），请与对方核对接收地址和签名密钥；系统仍会重试。`;
    return `对方系统返回 ${code}（对方故障），系统会自动重试。`;
  }
  return '无法连接对方系统（网络不通或超时），系统会自动重试。';
}

/** Refusals of the exchange's admin routes that the console's common table does not name. */
const EXCHANGE_CODE_MESSAGES: Record<string, string> = {
  'PARTNER_KEY.TOO_MANY_ACTIVE': '该兄弟热线已有两把有效密钥，请先吊销对方不再使用的一把，再签发新密钥。',
  'PARTNER_KEY.NOT_FOUND': '找不到该密钥，请刷新后重试。',
  'DELIVERY_SECRET.TOO_MANY_ACTIVE': '已有两个有效的推送签名密钥，请先吊销对方不再用于验签的一个。',
  'DELIVERY_SECRET.NOT_FOUND': '找不到该推送签名密钥，请刷新后重试。',
  'ENDPOINT.INVALID_URL': '接收地址不正确：须为完整的 http(s) 网址，不含用户名、密码或“#”部分。',
};

export function exchangeMessageOf(error: unknown): string {
  if (error instanceof ApiError) {
    for (const problem of error.problems) {
      const message = EXCHANGE_CODE_MESSAGES[problem.code];
      if (message) return message;
    }
  }
  return messageOf(error);
}

/**
 * A delivery endpoint the exchange accepts: an absolute http or https address without user name,
 * password or fragment; null when it is one.
 */
export function endpointProblemOf(url: string | undefined): string | null {
  const text = url?.trim() ?? '';
  if (text === '') return '请填写接收地址';
  if (text.length > 2000) return '接收地址不能超过 2000 个字符';
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return '请填写完整的网址，例如 https://110.example.gov.cn/api/12348/transfers';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return '接收地址须以 https:// 开头';
  if (parsed.username !== '' || parsed.password !== '') return '接收地址中不能包含用户名或密码';
  if (parsed.hash !== '') return '接收地址中不能包含“#”及其后的部分';
  return null;
}

/** Plain http carries the caller's contact unencrypted: acceptable inside a closed network only. */
export function isPlainHttp(url: string | undefined): boolean {
  return /^http:\/\//i.test(url?.trim() ?? '');
}

/** Failing partners first (most consecutive failures on top), then by code. */
export function sortSummaries<T extends Pick<DeliverySummary, 'partner' | 'consecutiveFailures' | 'failing'>>(summaries: readonly T[]): T[] {
  return [...summaries].sort(
    (a, b) => b.consecutiveFailures - a.consecutiveFailures || b.failing - a.failing || PARTNER_CODES.indexOf(a.partner) - PARTNER_CODES.indexOf(b.partner),
  );
}
