import { describe, expect, it } from 'vitest';
import { fetchOrFail, kindOfStatus, redactKey, statusInMessage } from './net.ts';
import { FakeNet } from './testDoubles.ts';

describe('failures', () => {
  it('classifies HTTP statuses', () => {
    expect([401, 403, 418, 429, 404, 410, 500, 503].map(kindOfStatus)).toEqual([
      'refused',
      'refused',
      'refused',
      'refused',
      'not-found',
      'not-found',
      'server',
      'server',
    ]);
    expect(statusInMessage('Bad response code: 404')).toBe(404);
    expect(statusInMessage('Failed to fetch')).toBeNull();
  });

  it('keeps the Tianditu key out of logs', () => {
    expect(redactKey('https://t0.tianditu.gov.cn/vec_w/wmts?LAYER=vec&tk=abc123&x=1')).toBe('https://t0.tianditu.gov.cn/vec_w/wmts?LAYER=vec&tk=…&x=1');
  });
});

describe('fetchOrFail', () => {
  it('passes a 2xx answer and names the failure otherwise', async () => {
    const net = new FakeNet();
    await expect(fetchOrFail('https://a/ok', net, 1000)).resolves.toBeInstanceOf(Response);
    net.answers = [['a/', 418]];
    await expect(fetchOrFail('https://a/x', net, 1000)).rejects.toMatchObject({ kind: 'refused', status: 418 });
    net.answers = [['a/', 'cors']];
    await expect(fetchOrFail('https://a/x', net, 1000)).rejects.toMatchObject({ kind: 'cors' });
    net.isOnline = false;
    await expect(fetchOrFail('https://a/x', net, 1000)).rejects.toMatchObject({ kind: 'offline' });
  });
});
