import { erlangB, type QueueResult } from './erlang-c.js';
import { gammaP } from './gamma.js';
import { poissonWeights } from './poisson-weights.js';

/** Queue lengths beyond this are not followed; a queue that long counts as unstable. */
const MAX_QUEUE = 200_000;

/** Above this many steps of uniformisation, the Gamma approximation takes over (see erlangAQueue). */
export const EXACT_WORK_LIMIT = 20_000_000;

/**
 * Erlang A (Palm's M/M/n+M): n agents, Poisson arrivals at `lambda` per second, exponential handling with mean
 * `ahtSeconds`, and callers who abandon after an exponential patience with mean `patienceSeconds`.
 *
 * The state distribution is the birth-death chain with death rate k·mu up to n and n·mu + j·theta with j callers
 * queued; its part up to n comes from Erlang B (sum of states 0..n = pi_n / B(n, a)), the queue part from the
 * ratios lambda / (n·mu + j·theta), in log space. A caller arriving behind j others moves up at rate
 * a_i = n·mu + i·theta (i = j..0) while abandoning at rate theta, so with b_i = a_i + theta:
 * - P(answered | j) = prod a_i / b_i;
 * - E[wait · answered | j] = P(answered | j) · sum 1/b_i;
 * - P(answered within t | j) = P(answered | j) · P(sum of Exp(b_i) <= t), the last by uniformisation.
 * Service level counts abandoned contacts as not answered in time; ASA is the mean wait of answered contacts.
 * As patience grows to infinity this converges to Erlang C.
 *
 * Uniformisation costs (jumps in the target time) x (queue length). Past `exactWorkLimit` (long targets such as
 * hours on a long queue) each sum of exponentials is replaced by the Gamma law with the same mean and variance,
 * which is close because such queues only grow long when theta is small beside n·mu, so the rates b_i are nearly
 * equal (for equal rates the sum is exactly Gamma).
 */
export function erlangAQueue(n: number, lambda: number, ahtSeconds: number, patienceSeconds: number, targetSeconds: number, exactWorkLimit = EXACT_WORK_LIMIT): QueueResult {
  const a = lambda * ahtSeconds;
  if (a <= 0) return { serviceLevel: 1, asaSeconds: 0, occupancy: 0, probabilityOfWait: 0, abandoned: 0 };
  if (n <= 0) return { serviceLevel: 0, asaSeconds: 0, occupancy: 0, probabilityOfWait: 1, abandoned: 1 };
  const mu = 1 / ahtSeconds;
  const theta = 1 / patienceSeconds;
  const nmu = n * mu;
  const b = erlangB(n, a);
  // log of the relative weight of state n + j (j callers queued, pi_n = 1), until the terms are negligible.
  const logQueue: number[] = [0];
  let max = 0;
  for (let j = 1, log = 0; j < MAX_QUEUE; j++) {
    log += Math.log(lambda / (nmu + j * theta));
    logQueue.push(log);
    if (log > max) max = log;
    if (log < max - 40 && nmu + j * theta > lambda) break;
  }
  if (logQueue.length >= MAX_QUEUE) return { serviceLevel: 0, asaSeconds: Infinity, occupancy: 1, probabilityOfWait: 1, abandoned: 1 };
  // Scale everything by e^-max so that neither B nor the queue weights overflow.
  const scale = Math.exp(-max);
  const below = b > 0 ? (1 / b - 1) * scale : Infinity; // states 0..n-1
  if (!Number.isFinite(below)) return { serviceLevel: 1, asaSeconds: 0, occupancy: a / n, probabilityOfWait: 0, abandoned: 0 };
  const queue = logQueue.map((l) => Math.exp(l - max));
  let total = below;
  for (const q of queue) total += q;
  // Per queue position: weight of being answered, and of waiting time among the answered.
  const answered = new Float64Array(queue.length);
  let answeredSum = 0;
  let waitSum = 0;
  let waiting = 0;
  for (let j = 0, prod = 1, inv = 0; j < queue.length; j++) {
    const bj = nmu + (j + 1) * theta; // a_j + theta, with a_j = n·mu + j·theta
    prod *= (bj - theta) / bj;
    inv += 1 / bj;
    answered[j] = (queue[j]! / total) * prod;
    answeredSum += answered[j]!;
    waitSum += answered[j]! * inv;
    waiting += queue[j]! / total;
  }
  const pBelow = below / total;
  const servedShare = pBelow + answeredSum;
  const inTime = targetSeconds > 0 ? absorbedWithin(answered, nmu, theta, targetSeconds, exactWorkLimit) : 0;
  return {
    serviceLevel: Math.min(1, pBelow + inTime),
    asaSeconds: servedShare > 0 ? waitSum / servedShare : 0,
    occupancy: (a * servedShare) / n,
    probabilityOfWait: waiting,
    abandoned: Math.max(0, 1 - servedShare),
  };
}

/**
 * sum_j mass[j] · P(Exp(b_j) + ... + Exp(b_0) <= t) with b_i = nmu + (i+1)·theta: the mass that runs down a pure
 * death chain within t seconds, by uniformisation at rate Lambda = b_max (forward in the number of jumps).
 */
function absorbedWithin(mass: Float64Array, nmu: number, theta: number, t: number, exactWorkLimit: number): number {
  const top = mass.length - 1;
  const rate = nmu + (top + 1) * theta;
  const jumps = rate * t + 10 * Math.sqrt(rate * t) + 10;
  if (jumps * (top + 1) > exactWorkLimit) return absorbedWithinGamma(mass, nmu, theta, t);
  const p = new Float64Array(mass.length);
  for (let i = 0; i <= top; i++) p[i] = (nmu + (i + 1) * theta) / rate;
  const { first, weights } = poissonWeights(rate * t);
  let m = Float64Array.from(mass);
  let next = new Float64Array(mass.length);
  let total = 0;
  for (const x of mass) total += x;
  // tail[i]: sum of weights[i..]
  const tail = new Float64Array(weights.length + 1);
  for (let i = weights.length - 1; i >= 0; i--) tail[i] = tail[i + 1]! + weights[i]!;
  let absorbed = 0;
  let result = 0;
  const last = first + weights.length - 1;
  for (let k = 0; k <= last; k++) {
    if (total - absorbed <= total * 1e-16) {
      // everything has run down: every later k adds the same absorbed mass
      result += absorbed * tail[Math.max(0, k - first)]!;
      break;
    }
    if (k >= first) result += weights[k - first]! * absorbed;
    // one more jump
    absorbed += p[0]! * m[0]!;
    for (let i = 0; i < top; i++) next[i] = (1 - p[i]!) * m[i]! + p[i + 1]! * m[i + 1]!;
    next[top] = (1 - p[top]!) * m[top]!;
    [m, next] = [next, m];
  }
  // Poisson mass beyond the last weight is below 1e-17 per term and is dropped.
  return result;
}

/** The same sum with each P(sum of Exp(b_i) <= t) taken from the Gamma law of equal mean and variance. */
function absorbedWithinGamma(mass: Float64Array, nmu: number, theta: number, t: number): number {
  let mean = 0;
  let variance = 0;
  let result = 0;
  for (let j = 0; j < mass.length; j++) {
    const b = nmu + (j + 1) * theta;
    mean += 1 / b;
    variance += 1 / (b * b);
    if (mass[j]! > 0) result += mass[j]! * gammaP((mean * mean) / variance, (mean / variance) * t);
  }
  return result;
}
