/**
 * Erlang B and Erlang C (M/M/n queue, infinitely patient callers) without factorials.
 *
 * Erlang B comes from the recursion B(0) = 1, B(k) = a·B(k-1) / (k + a·B(k-1)), which only ever divides numbers
 * of moderate size, so it stays exact to double precision at thousands of agents and Erlangs. Erlang C follows
 * from B: C = n·B / (n - a·(1 - B)).
 */

/** Blocking probability of n servers offered `a` Erlangs (Erlang B), by the stable recursion. */
export function erlangB(n: number, a: number): number {
  if (a <= 0) return 0;
  let b = 1;
  for (let k = 1; k <= n; k++) b = (a * b) / (k + a * b);
  return b;
}

/** One step of the Erlang B recursion: B(n) from B(n-1). */
export function nextErlangB(previous: number, n: number, a: number): number {
  return (a * previous) / (n + a * previous);
}

/** Probability that a contact waits (Erlang C), given B(n, a); 1 when the queue is unstable (n <= a). */
export function erlangCFromB(n: number, a: number, b: number): number {
  if (a <= 0) return 0;
  if (n <= a) return 1;
  return (n * b) / (n - a * (1 - b));
}

/** Probability that a contact waits with n agents and `a` Erlangs of offered load (Erlang C). */
export function erlangC(n: number, a: number): number {
  return erlangCFromB(n, a, erlangB(n, a));
}

/** What a queue with n agents achieves. */
export interface QueueResult {
  /** Share of offered contacts answered within the target time, 0..1. */
  serviceLevel: number;
  /** Average wait of answered contacts, in seconds. */
  asaSeconds: number;
  /** Share of agents' time spent handling contacts, 0..1. */
  occupancy: number;
  /** Probability that a contact has to wait. */
  probabilityOfWait: number;
  /** Share of offered contacts that abandon (0 in Erlang C). */
  abandoned: number;
}

/**
 * Service level, ASA and occupancy of an M/M/n queue: SL(t) = 1 - C·e^(-(n-a)·t/AHT), ASA = C·AHT/(n-a),
 * occupancy = a/n. `b` is B(n, a) when the caller already has it (searches step n one at a time).
 */
export function erlangCQueue(n: number, a: number, ahtSeconds: number, targetSeconds: number, b = erlangB(n, a)): QueueResult {
  if (a <= 0) return { serviceLevel: 1, asaSeconds: 0, occupancy: 0, probabilityOfWait: 0, abandoned: 0 };
  if (n <= a) return { serviceLevel: 0, asaSeconds: Infinity, occupancy: 1, probabilityOfWait: 1, abandoned: 0 };
  const c = erlangCFromB(n, a, b);
  return {
    serviceLevel: 1 - c * Math.exp((-(n - a) * targetSeconds) / ahtSeconds),
    asaSeconds: (c * ahtSeconds) / (n - a),
    occupancy: a / n,
    probabilityOfWait: c,
    abandoned: 0,
  };
}
