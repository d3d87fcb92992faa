import { describe, expect, it } from 'vitest';
import { erlangAQueue, erlangCQueue, gammaP, logGamma, solveAgents } from '@ccp/staffing';

/**
 * An independent M/M/n+M: the birth-death balance equations solved forward from state 0 in log space,
 * truncated far out, then the measures read off the stationary distribution directly.
 */
function stationary(n: number, lambda: number, aht: number, patience: number, states = 4000): number[] {
  const mu = 1 / aht;
  const theta = 1 / patience;
  const logs = [0];
  for (let k = 1; k < states; k++) {
    const death = k <= n ? k * mu : n * mu + (k - n) * theta;
    logs.push(logs[k - 1]! + Math.log(lambda / death));
  }
  const max = Math.max(...logs);
  const w = logs.map((l) => Math.exp(l - max));
  const total = w.reduce((x, y) => x + y, 0);
  return w.map((x) => x / total);
}

/** P(sum of Exp(rates[i]) <= t) for distinct rates, by the hypoexponential closed form. */
function hypoexpCdf(rates: number[], t: number): number {
  let tail = 0;
  for (let i = 0; i < rates.length; i++) {
    let coef = 1;
    for (let k = 0; k < rates.length; k++) if (k !== i) coef *= rates[k]! / (rates[k]! - rates[i]!);
    tail += coef * Math.exp(-rates[i]! * t);
  }
  return 1 - tail;
}

describe('Erlang A', () => {
  it('converges to Erlang C as patience grows without bound', () => {
    // 10 Erlangs on 14 agents, 80/20: Erlang C gives SL 0.8884, ASA 7.84 s.
    const c = erlangCQueue(14, 10, 180, 20);
    const errors = [600, 1e4, 1e6].map((p) => Math.abs(erlangAQueue(14, 100 / 1800, 180, p, 20).serviceLevel - c.serviceLevel));
    expect(errors[0]).toBeGreaterThan(errors[1]!);
    expect(errors[1]).toBeGreaterThan(errors[2]!);
    const far = erlangAQueue(14, 100 / 1800, 180, 1e7, 20);
    expect(far.serviceLevel).toBeCloseTo(c.serviceLevel, 5);
    expect(far.asaSeconds).toBeCloseTo(c.asaSeconds, 3);
    expect(far.probabilityOfWait).toBeCloseTo(c.probabilityOfWait, 5);
    expect(far.abandoned).toBeLessThan(1e-5);
  });

  it('needs no more agents than Erlang C, and fewer when callers abandon quickly', () => {
    const target = { serviceLevel: { fraction: 0.8, seconds: 20 } };
    const c = solveAgents({ volume: 100, intervalSeconds: 1800, ahtSeconds: 180 }, target);
    const a = solveAgents({ volume: 100, intervalSeconds: 1800, ahtSeconds: 180, patienceSeconds: 60 }, target);
    expect(a.model).toBe('erlang-a');
    expect(a.agents).toBeLessThanOrEqual(c.agents);
    expect(a.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangAQueue(a.agents - 1, 100 / 1800, 180, 60, 20).serviceLevel).toBeLessThan(0.8);
    expect(a.abandoned).toBeGreaterThan(0);
  });

  it('agrees with the stationary distribution solved directly', () => {
    for (const [n, lambda, aht, patience] of [
      [14, 100 / 1800, 180, 90],
      [5, 0.03, 200, 30],
      [50, 0.3, 180, 120], // overloaded: 54 Erlangs on 50 agents, stable only through abandonment
    ] as const) {
      const pi = stationary(n, lambda, aht, patience);
      const noWait = pi.slice(0, n).reduce((x, y) => x + y, 0);
      const queue = pi.reduce((s, p, k) => s + p * Math.max(0, k - n), 0);
      const r = erlangAQueue(n, lambda, aht, patience, 0);
      expect(r.probabilityOfWait, `n=${n}`).toBeCloseTo(1 - noWait, 10);
      expect(r.serviceLevel, 'SL at t=0 is P(no wait)').toBeCloseTo(noWait, 10);
      // Little: abandonment rate = E[queue] / patience, as a share of arrivals
      expect(r.abandoned).toBeCloseTo(queue / patience / lambda, 8);
      // occupancy = served load / n
      expect(r.occupancy).toBeCloseTo((lambda * aht * (1 - r.abandoned)) / n, 10);
    }
  });

  it('matches the closed-form M/M/inf law when patience equals the handling time', () => {
    // With theta = mu every contact leaves at the same rate waiting or served, so the number in the system is
    // Poisson(a): P(wait) is the Poisson tail from n.
    const n = 8;
    const a = 6;
    const r = erlangAQueue(n, a / 120, 120, 120, 0);
    let cdf = 0;
    let term = Math.exp(-a);
    for (let k = 0; k < n; k++) {
      cdf += term;
      term *= a / (k + 1);
    }
    expect(r.probabilityOfWait).toBeCloseTo(1 - cdf, 10);
  });

  it('computes the service level like the hypoexponential closed form', () => {
    // Fast abandonment keeps the queue short and the rates well apart, where the closed form is exact.
    const [n, lambda, aht, patience, t] = [3, 0.02, 100, 10, 5];
    const mu = 1 / aht;
    const theta = 1 / patience;
    const pi = stationary(n, lambda, aht, patience, 60);
    let sl = pi.slice(0, n).reduce((x, y) => x + y, 0);
    for (let j = 0; n + j < pi.length && pi[n + j]! > 1e-18; j++) {
      let answered = 1;
      const rates: number[] = [];
      for (let i = 0; i <= j; i++) {
        const ai = n * mu + i * theta;
        answered *= ai / (ai + theta);
        rates.push(ai + theta);
      }
      sl += pi[n + j]! * answered * hypoexpCdf(rates, t);
    }
    expect(erlangAQueue(n, lambda, aht, patience, t).serviceLevel).toBeCloseTo(sl, 8);
  });

  it('switches to a moment-matched Gamma law for long targets, close to the exact value', () => {
    // exactWorkLimit 0 forces the approximation; Infinity forces uniformisation
    for (const [n, lambda, aht, patience, t] of [
      [400, 5000 / 3600, 300, 600, 60],
      [50, 0.3, 180, 1200, 300],
      [100, 0.5, 180, 3600, 3600],
    ] as const) {
      const exact = erlangAQueue(n, lambda, aht, patience, t, Infinity).serviceLevel;
      const gamma = erlangAQueue(n, lambda, aht, patience, t, 0).serviceLevel;
      expect(Math.abs(exact - gamma), `n=${n}`).toBeLessThan(1e-6);
    }
  });

  it('solves a day-long target on a large queue', () => {
    // 25,000 e-mails an hour, 10 min each, 90% within 24 h, patience 2 days: thousands of agents, a long queue
    const s = solveAgents({ volume: 25_000, intervalSeconds: 3600, ahtSeconds: 600, patienceSeconds: 172_800 }, { serviceLevel: { fraction: 0.9, seconds: 86_400 } });
    expect(s.serviceLevel).toBeGreaterThanOrEqual(0.9);
    expect(s.agents).toBeGreaterThan(3000);
    expect(s.agents).toBeLessThanOrEqual(4168);
  });

  it('stays stable at 5,000 calls per half hour', () => {
    const s = solveAgents({ volume: 5000, intervalSeconds: 1800, ahtSeconds: 300, patienceSeconds: 90 }, { serviceLevel: { fraction: 0.8, seconds: 20 }, maxOccupancy: 0.9 });
    expect(Number.isFinite(s.serviceLevel) && Number.isFinite(s.asaSeconds)).toBe(true);
    expect(s.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(s.occupancy).toBeLessThanOrEqual(0.9);
    expect(s.agents).toBeGreaterThan(800);
    expect(s.agents).toBeLessThan(1000);
  });
});

describe('incomplete gamma', () => {
  it('matches closed forms', () => {
    expect(gammaP(1, 2)).toBeCloseTo(1 - Math.exp(-2), 14);
    // integer shape: Poisson tail, P(5, 3) = 1 - e^-3 (1 + 3 + 9/2 + 27/6 + 81/24)
    expect(gammaP(5, 3)).toBeCloseTo(1 - Math.exp(-3) * (1 + 3 + 4.5 + 4.5 + 3.375), 13);
    // half shape: erf(sqrt(x)); erf(0.5) = 0.5204998778130465
    expect(gammaP(0.5, 0.25)).toBeCloseTo(0.5204998778130465, 13);
    // large shape: the median of Gamma(k) is close to k - 1/3
    expect(gammaP(1e5, 1e5 - 1 / 3)).toBeCloseTo(0.5, 4);
    expect(logGamma(10)).toBeCloseTo(Math.log(362880), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
  });
});
