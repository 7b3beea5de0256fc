/*
 * Geometry for the inline SVG charts the server draws: numbers in, rectangles out. The templates only
 * place them, so a chart is escaped like any other output and needs no script.
 */

/** Statuses in the order charts stack them: verdicts at the bottom, what still waits on top. */
export const STACKED_STATUSES = ["verified", "disputed", "pending"] as const;

export interface Segment {
  key: string;
  value: number;
  y: number;
  height: number;
}

export interface Bar {
  label: string;
  x: number;
  width: number;
  total: number;
  segments: Segment[];
}

export interface BarChart {
  width: number;
  height: number;
  max: number;
  bars: Bar[];
}

/** Stacked vertical bars, one per entry, scaled to the largest total; the first key sits at the bottom. */
export function stackedBars<K extends string>(
  entries: (Record<K, number> & { label: string })[],
  keys: readonly K[],
  size = { width: 600, height: 120 },
): BarChart {
  const max = Math.max(1, ...entries.map((entry) => keys.reduce((sum, key) => sum + entry[key], 0)));
  const slot = entries.length > 0 ? size.width / entries.length : size.width;
  const gap = Math.min(4, slot * 0.2);
  const bars = entries.map((entry, index) => {
    let top = size.height;
    const segments = keys.map((key) => {
      const height = round((entry[key] / max) * size.height);
      top -= height;
      return { key, value: entry[key], y: round(top), height };
    });
    return { label: entry.label, x: round(index * slot + gap / 2), width: round(slot - gap), total: keys.reduce((sum, key) => sum + entry[key], 0), segments };
  });
  return { width: size.width, height: size.height, max, bars };
}

/** One horizontal bar split by share, in percent of the whole, for counts by status. */
export function shares<K extends string>(values: Record<K, number>, keys: readonly K[]): { key: K; value: number; width: number; offset: number }[] {
  const total = keys.reduce((sum, key) => sum + values[key], 0);
  let offset = 0;
  return keys.map((key) => {
    const percent = total > 0 ? round((values[key] / total) * 100) : 0;
    const share = { key, value: values[key], width: percent, offset: round(offset) };
    offset += percent;
    return share;
  });
}

const round = (value: number) => Math.round(value * 100) / 100;
