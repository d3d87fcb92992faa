import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, erlangCQueue, solveAgents } from '@ccp/staffing';

/**
 * An independent Erlang C, written the way the textbooks print it and computed exactly with BigInt:
 * C = (a^n/n! · n/(n-a)) / (sum_{k<n} a^k/k! + a^n/n! · n/(n-a)), with a = p/q. Every term is multiplied by
 * n!·q^n·(n-a)·q so that all are integers; the quotient is taken at 18 digits.
 */
function erlangCExact(n: number, p: bigint, q: bigint): number {
  const N = BigInt(n);
  // a^k/k! · n! q^n = p^k q^(n-k) n!/k!
  let sum = 0n;
  let fall = 1n; // n!/k!, for k = n down to 0
  const terms: bigint[] = new Array(n + 1);
  for (let k = n; k >= 0; k--) {
    terms[k] = p ** BigInt(k) * q ** BigInt(n - k) * fall;
    fall *= BigInt(k === 0 ? 1 : k);
  }
  for (let k = 0; k < n; k++) sum += terms[k]!;
  // a^n/n! · n/(n-a) = terms[n] · n q / (n q - p), over n! q^n
  const last = terms[n]! * N * q;
  const num = last;
  const den = sum * (N * q - p) + last;
  return Number((num * 10n ** 18n) / den) / 1e18;
}

/** A second independent Erlang C, in log space: log(a^k/k!) by cumulative sums, then log-sum-exp. */
function erlangCLog(n: number, a: number): number {
  const logs: number[] = [];
  let logFact = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) logFact += Math.log(k);
    logs.push(k * Math.log(a) - logFact);
  }
  const lastLog = logs[n]! + Math.log(n / (n - a));
  const max = Math.max(lastLog, ...logs.slice(0, n));
  let s = Math.exp(lastLog - max);
  for (let k = 0; k < n; k++) s += Math.exp(logs[k]! - max);
  return Math.exp(lastLog - max) / s;
}

describe('Erlang B against published tables', () => {
  it('matches textbook values', () => {
    // B(1, 1) = 1/2 and B(2, 1) = 1/5 follow from the definition; B(10, 5) = 0.018385 is the classic
    // table entry (10 trunks, 5 Erlangs, about 1.8% blocked).
    expect(erlangB(1, 1)).toBeCloseTo(0.5, 12);
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 12);
    expect(erlangB(10, 5)).toBeCloseTo(0.018385, 5);
  });

  it('reproduces the 1% grade-of-service rows of the Erlang B table', () => {
    // Standard Erlang B tables (e.g. ITU-T E.501-era traffic tables): at 1% blocking 10 circuits carry
    // 4.461 Erlangs, 20 carry 12.031, 50 carry 37.901 and 100 carry 84.064.
    for (const [n, a] of [
      [10, 4.461],
      [20, 12.031],
      [50, 37.901],
      [100, 84.064],
    ] as const)
      expect(erlangB(n, a)).toBeCloseTo(0.01, 4);
  });
});

describe('Erlang C against a published worked example', () => {
  // Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example": 100 calls in 30 minutes,
  // AHT 180 s, 80% in 20 s. Traffic 10 Erlangs; with 11 agents the probability of waiting is 0.6821 and the
  // service level far below target; 14 agents are the first to reach 80% in 20 s (89% before rounding).
  it('gives the article probability of waiting and agent count', () => {
    expect(erlangC(11, 10)).toBeCloseTo(0.6821, 4);
    const s = solveAgents({ volume: 100, intervalSeconds: 1800, ahtSeconds: 180 }, { serviceLevel: { fraction: 0.8, seconds: 20 } });
    expect(s.agents).toBe(14);
    expect(s.erlangs).toBeCloseTo(10, 12);
    expect(s.probabilityOfWait).toBeCloseTo(0.1741, 4);
    expect(s.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(s.occupancy).toBeCloseTo(10 / 14, 12);
    expect(erlangCQueue(13, 10, 180, 20).serviceLevel).toBeLessThan(0.8);
  });

  it('gives the ASA of the textbook formula ASA = C · AHT / (n - a)', () => {
    const r = erlangCQueue(14, 10, 180, 20);
    expect(r.asaSeconds).toBeCloseTo((erlangC(14, 10) * 180) / 4, 10);
  });
});

describe('Erlang C against independent implementations', () => {
  it('agrees with exact BigInt summation on a grid of loads', () => {
    for (const [p, q] of [
      [1n, 2n],
      [10n, 1n],
      [48n, 1n],
      [75n, 2n],
      [200n, 1n],
    ] as const) {
      const a = Number(p) / Number(q);
      for (let n = Math.floor(a) + 1; n <= Math.floor(a) + 12; n++) {
        const exact = erlangCExact(n, p, q);
        expect(Math.abs(erlangC(n, a) - exact), `n=${n} a=${a}`).toBeLessThan(1e-12);
      }
    }
  });

  it('agrees with the log-space sum on the example of 360 calls per half hour, 4 min, 55 agents', () => {
    // The step-by-step example many Erlang C explanations use: 48 Erlangs, 55 agents, target 15 s.
    const r = erlangCQueue(55, 48, 240, 15);
    expect(r.probabilityOfWait).toBeCloseTo(erlangCLog(55, 48), 12);
    expect(r.occupancy).toBeCloseTo(48 / 55, 12);
    expect(r.serviceLevel).toBeCloseTo(1 - erlangCLog(55, 48) * Math.exp((-(55 - 48) * 15) / 240), 12);
  });
});

describe('Erlang C at large volumes', () => {
  it('stays finite and exact at 5,000 calls per half hour', () => {
    // 5,000 calls, AHT 300 s: 833.3 Erlangs. No factorial is ever formed, so nothing overflows.
    const s = solveAgents({ volume: 5000, intervalSeconds: 1800, ahtSeconds: 300 }, { serviceLevel: { fraction: 0.8, seconds: 20 } });
    expect(s.agents).toBeGreaterThan(833);
    expect(s.agents).toBeLessThan(833 + 60);
    expect(s.serviceLevel).toBeGreaterThanOrEqual(0.8);
    const fewer = erlangCQueue(s.agents - 1, s.erlangs, 300, 20);
    expect(fewer.serviceLevel).toBeLessThan(0.8);
    for (const n of [s.agents - 1, s.agents, s.agents + 5]) expect(erlangC(n, s.erlangs)).toBeCloseTo(erlangCLog(n, s.erlangs), 9);
  });

  it('handles 50,000 calls per interval and very large agent counts', () => {
    const s = solveAgents({ volume: 50_000, intervalSeconds: 1800, ahtSeconds: 300 }, { serviceLevel: { fraction: 0.9, seconds: 10 } });
    expect(Number.isFinite(s.serviceLevel)).toBe(true);
    expect(s.agents).toBeGreaterThan(8333);
    expect(s.agents).toBeLessThan(8333 + 200);
    expect(erlangC(s.agents, s.erlangs)).toBeCloseTo(erlangCLog(s.agents, s.erlangs), 8);
    // far more agents than load: B underflows gracefully to 0, no NaN
    expect(erlangC(5000, 10)).toBe(0);
    expect(erlangCQueue(5000, 10, 180, 20).serviceLevel).toBe(1);
  });

  it('is monotone in the number of agents', () => {
    let previous = 0;
    for (let n = 834; n < 900; n++) {
      const sl = erlangCQueue(n, 833.3, 300, 20).serviceLevel;
      expect(sl).toBeGreaterThanOrEqual(previous);
      previous = sl;
    }
  });
});

describe('targets and caps', () => {
  it('meets an ASA target with the fewest agents', () => {
    const s = solveAgents({ volume: 100, intervalSeconds: 1800, ahtSeconds: 180 }, { asaSeconds: 15 });
    expect(s.asaSeconds).toBeLessThanOrEqual(15);
    expect(erlangCQueue(s.agents - 1, 10, 180, 0).asaSeconds).toBeGreaterThan(15);
  });

  it('adds agents to respect a max-occupancy cap', () => {
    // 10 Erlangs meet 80/20 with 14 agents (71% occupancy); a 65% cap needs ceil(10 / 0.65) = 16.
    const s = solveAgents({ volume: 100, intervalSeconds: 1800, ahtSeconds: 180 }, { serviceLevel: { fraction: 0.8, seconds: 20 }, maxOccupancy: 0.65 });
    expect(s.agents).toBe(16);
    expect(s.occupancy).toBeLessThanOrEqual(0.65);
  });

  it('needs no agents for no contacts', () => {
    const s = solveAgents({ volume: 0, intervalSeconds: 1800, ahtSeconds: 180 }, { serviceLevel: { fraction: 0.8, seconds: 20 } });
    expect(s).toMatchObject({ agents: 0, serviceLevel: 1, asaSeconds: 0, occupancy: 0 });
  });
});
