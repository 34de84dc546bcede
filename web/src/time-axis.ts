import { actionButton, element } from './dom.js';

/**
 * Dated statements on a time axis, one lane per precision of their dates: a statement known to the day is a point,
 * one known to the month spans the month, one known to the year spans the year. "2023-05" is May, not its first day.
 */
export type DatedItem = Readonly<{ id: string; date: string; precision: Precision }>;
export type Precision = 'DAY' | 'MONTH' | 'YEAR';

const lanes: readonly { precision: Precision; name: string }[] = [
  { precision: 'DAY', name: 'day' },
  { precision: 'MONTH', name: 'month' },
  { precision: 'YEAR', name: 'year' },
];

const dayLength = 86_400_000;

/** The precision of a date, from the API or from its form. */
export const precisionOf = (date: string, stated: string | null | undefined): Precision =>
  stated === 'DAY' || stated === 'MONTH' || stated === 'YEAR' ? stated : date.length >= 10 ? 'DAY' : date.length >= 7 ? 'MONTH' : 'YEAR';

/** The first and the last moment of a period, in milliseconds. */
function period(date: string, precision: Precision): { start: number; end: number } {
  const year = Number(date.slice(0, 4));
  const month = precision === 'YEAR' ? 0 : Number(date.slice(5, 7)) - 1;
  const day = precision === 'DAY' ? Number(date.slice(8, 10)) : 1;
  const start = Date.UTC(year, month, day);
  const end = precision === 'DAY' ? start + dayLength : precision === 'MONTH' ? Date.UTC(year, month + 1, 1) : Date.UTC(year + 1, 0, 1);
  return { start, end };
}

export function timeAxis(items: readonly DatedItem[], chooseDate: (date: string) => void): HTMLElement {
  const periods = items.map((item) => ({ ...item, ...period(item.date, item.precision) }));
  const first = Math.min(...periods.map((item) => item.start));
  const last = Math.max(...periods.map((item) => item.end));
  const span = Math.max(last - first, dayLength);
  const percent = (time: number): string => `${(((time - first) / span) * 100).toFixed(3)}%`;
  const rows = lanes.flatMap(({ precision, name }) => {
    const inLane = periods.filter((item) => item.precision === precision);
    if (inLane.length === 0) return [];
    const byDate = new Map<string, typeof inLane>();
    for (const item of inLane) byDate.set(item.date, [...(byDate.get(item.date) ?? []), item]);
    const marks = [...byDate.entries()].map(([date, group]) => {
      const { start, end } = group[0]!;
      const count = `${group.length} statement${group.length === 1 ? '' : 's'}`;
      const mark = actionButton(String(group.length), () => chooseDate(date), {
        class: `axis-mark axis-${precision.toLowerCase()}`,
        title: `${date} (known to the ${name}): ${count}`,
        'aria-label': `${date}, known to the ${name}: ${count}`,
        'data-testid': 'axis-mark',
        'data-date': date,
        'data-precision': precision,
      });
      mark.style.left = percent(start);
      if (precision !== 'DAY') mark.style.width = percent(first + (end - start));
      return mark;
    });
    return [element('div', { class: 'axis-lane', 'data-precision': precision }, element('span', { class: 'axis-lane-name' }, `to the ${name}`), element('div', { class: 'axis-track' }, ...marks))];
  });
  const firstYear = new Date(first).getUTCFullYear();
  const lastYear = new Date(last - 1).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 8));
  const ticks: HTMLElement[] = [];
  for (let year = firstYear; year <= lastYear; year += step) {
    const tick = element('span', { class: 'axis-tick' }, String(year));
    tick.style.left = percent(Math.max(Date.UTC(year, 0, 1), first));
    ticks.push(tick);
  }
  if (firstYear === lastYear && span <= 4 * 31 * dayLength) {
    for (let month = new Date(first).getUTCMonth(); Date.UTC(firstYear, month, 1) < last; month += 1) {
      const tick = element('span', { class: 'axis-tick axis-tick-month' }, new Date(Date.UTC(firstYear, month, 1)).toISOString().slice(0, 7));
      tick.style.left = percent(Date.UTC(firstYear, month, 1));
      if (month > new Date(first).getUTCMonth()) ticks.push(tick);
    }
  }
  return element(
    'div',
    { class: 'time-axis', 'data-testid': 'time-axis', role: 'group', 'aria-label': 'The statements on a time axis, by how precisely each is dated' },
    ...rows,
    element('div', { class: 'axis-lane' }, element('span', { class: 'axis-lane-name' }), element('div', { class: 'axis-ticks' }, ...ticks)),
  );
}
