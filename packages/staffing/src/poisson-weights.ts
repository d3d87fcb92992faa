/**
 * Poisson probabilities around the mode, computed by ratios outward from it and normalised, so a mean in the
 * thousands neither underflows (e^-mean) nor needs factorials. Terms below 1e-17 of the mode are left out.
 */
export function poissonWeights(mean: number): { first: number; weights: Float64Array } {
  if (mean <= 0) return { first: 0, weights: Float64Array.of(1) };
  const mode = Math.floor(mean);
  const below: number[] = [];
  for (let k = mode, w = 1; k > 0; k--) {
    w *= k / mean;
    if (w < 1e-17) break;
    below.push(w);
  }
  const above: number[] = [];
  for (let k = mode, w = 1; ; k++) {
    w *= mean / (k + 1);
    if (w < 1e-17) break;
    above.push(w);
  }
  const weights = new Float64Array(below.length + 1 + above.length);
  below.reverse().forEach((w, i) => (weights[i] = w));
  weights[below.length] = 1;
  above.forEach((w, i) => (weights[below.length + 1 + i] = w));
  let sum = 0;
  for (const w of weights) sum += w;
  for (let i = 0; i < weights.length; i++) weights[i] /= sum;
  return { first: mode - below.length, weights };
}
