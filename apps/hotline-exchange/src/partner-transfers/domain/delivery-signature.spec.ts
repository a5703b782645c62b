import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { deliveryHeaders, signatureOf } from './delivery-signature.js';

describe(signatureOf.name, () => {
  it('is the hex HMAC-SHA256 of the body with the secret, prefixed sha256= (RFC 4231 test case 2)', () => {
    expect(signatureOf('what do ya want for nothing?', 'Jefe')).toBe('sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('signs the UTF-8 bytes of the body, as the partner receives them', () => {
    const body = JSON.stringify({ summary: '来电人称老板欠薪' });
    const partnerSide = `sha256=${createHmac('sha256', 'a-secret').update(Buffer.from(body, 'utf8')).digest('hex')}`;
    expect(signatureOf(body, 'a-secret')).toBe(partnerSide);
  });

  it('changes with the body and with the secret', () => {
    expect(signatureOf('{"a":1}', 'secret')).not.toBe(signatureOf('{"a":2}', 'secret'));
    expect(signatureOf('{"a":1}', 'secret')).not.toBe(signatureOf('{"a":1}', 'another secret'));
  });
});

describe(deliveryHeaders.name, () => {
  it('sends JSON with the transfer id as idempotency key and the signature of the body', () => {
    const sut = deliveryHeaders('22222222-2222-4222-8222-222222222201', '{"a":1}', 'secret');
    expect(sut).toMatchObject({
      'content-type': 'application/json',
      'idempotency-key': '22222222-2222-4222-8222-222222222201',
      'x-signature': signatureOf('{"a":1}', 'secret'),
    });
  });
});
