import { describe, expect, it } from 'vitest';
import { RecentCalls } from '../src/http/recent-calls.js';

const clock = () => {
  let now = 1_000_000;
  return { now: () => now, pass: (ms: number) => (now += ms) };
};

describe('the recent calls the rate limits count', () => {
  it('refuses a call once the window holds the limit, and takes calls again as the earlier ones leave it', () => {
    const time = clock();
    const calls = new RecentCalls(3, 60_000, time.now);
    expect([calls.call('a'), calls.call('a'), calls.call('a'), calls.call('a')]).toEqual([false, false, false, true]);
    expect(calls.call('b')).toBe(false);
    time.pass(59_999);
    expect(calls.call('a')).toBe(true);
    // The calls of the first moment leave the window; the refused one made since is still in it, and counts.
    time.pass(1);
    expect([calls.call('a'), calls.call('a'), calls.call('a')]).toEqual([false, false, true]);
  });

  it('keeps a client that keeps asking refused, and counts it in the same time per call however long it keeps on', () => {
    const time = clock();
    const calls = new RecentCalls(2, 1_000, time.now);
    const refused = Array.from({ length: 10_000 }, () => calls.call('a')).filter(Boolean).length;
    expect(refused).toBe(9_998);
    time.pass(1_000);
    expect(calls.call('a')).toBe(false);
  });

  it('forgets a requester whose calls have all left the window', () => {
    const time = clock();
    const calls = new RecentCalls(5, 60_000, time.now);
    for (let address = 0; address < 1_000; address += 1) calls.call(`address:${address}`);
    expect(calls.size).toBe(1_000);
    time.pass(60_000);
    calls.call('address:again');
    expect(calls.size).toBe(1);
  });
});
