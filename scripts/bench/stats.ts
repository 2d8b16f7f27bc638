// Latency statistics and the interleaved app/floor pairs every measure is reported as.

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const median = (values: number[]) => percentile(values, 50);

export interface Measure {
  name: string;
  app: number;
  floor: number;
  ratio: number;
  target: number;
  unit: string;
  note?: string;
}

/**
 * Runs app and floor alternately `rounds` times (so a busy moment hits both), and reports the
 * median app value, the median floor value, and the median of the per-pair ratios.
 */
export async function pairs(
  rounds: number,
  app: () => Promise<number>,
  floor: () => Promise<number>,
): Promise<{ app: number; floor: number; ratio: number }> {
  const a: number[] = [];
  const f: number[] = [];
  const r: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const x = await app();
    const y = await floor();
    a.push(x);
    f.push(y);
    r.push(x / y);
  }
  return { app: median(a), floor: median(f), ratio: median(r) };
}

export function formatMeasure(m: Measure): string {
  const fmt = (v: number) => (m.unit === "ms" ? `${v.toFixed(0)} ms` : `${v.toFixed(2)} ${m.unit}`);
  const verdict = m.ratio <= m.target ? "within" : "OVER";
  return `${m.name.padEnd(46)} app ${fmt(m.app).padStart(10)}  floor ${fmt(m.floor).padStart(10)}  ratio ${m.ratio
    .toFixed(2)
    .padStart(6)}×  (target ≤ ${m.target}×, ${verdict})${m.note ? `  ${m.note}` : ""}`;
}
