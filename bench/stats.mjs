// Small statistics and formatting helpers for the benchmark.

/** The q-quantile (0..1) of numbers, linear interpolation between closest ranks. */
export function quantile(values, q) {
  const v = [...values].sort((a, b) => a - b);
  if (!v.length) return NaN;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

/** Median, quartiles, p95, min, max of a list of samples. */
export function summarize(values) {
  const v = values.filter((x) => Number.isFinite(x));
  return {
    n: v.length,
    median: quantile(v, 0.5),
    p25: quantile(v, 0.25),
    p75: quantile(v, 0.75),
    p95: quantile(v, 0.95),
    min: v.length ? Math.min(...v) : NaN,
    max: v.length ? Math.max(...v) : NaN,
  };
}

/** Ratio of medians of two sample lists, with the spread of the ratios of paired runs. */
export function ratio(a, b) {
  const pairs = a.map((x, i) => x / b[i]).filter((x) => Number.isFinite(x));
  return { median: quantile(a, 0.5) / quantile(b, 0.5), paired: summarize(pairs) };
}

export const ms = (x) => (Number.isFinite(x) ? (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0)) : 'n/a');
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
export const spread = (s) => `${ms(s.p25)}–${ms(s.p75)}`;
