import { element } from './dom.js';

/**
 * A slider over the months of the drawing, from the month before the earliest date it holds (before anything drawn was
 * said) to the latest, and "all time" at the right end: moved to a month, the page draws the relationships that held then and
 * what had been said by then.
 */
export type TimeSlider = Readonly<{
  /** Shows `at` (a month, or undefined for all time) on a scale that reaches at least from the first to the last of `dates`. */
  show: (dates: Iterable<string>, at: string | undefined) => void;
  /** Forgets the scale, for a drawing of something else. */
  reset: () => void;
}>;

const monthOf = (date: string): string => date.slice(0, 7);
const monthIndex = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7) || '1') - 1;
const monthAt = (index: number): string => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

export function mountTimeSlider(container: HTMLElement, changed: (at: string | undefined) => void): TimeSlider {
  const input = element('input', { type: 'range', min: '0', max: '0', step: '1', 'data-testid': 'time-slider', 'aria-describedby': 'time-slider-value' });
  const output = element('output', { id: 'time-slider-value', 'data-testid': 'time-slider-value' }, 'all time');
  container.replaceChildren(element('label', {}, 'Up to ', input), ' ', output);
  container.hidden = true;
  let first: number | undefined;
  let last: number | undefined;

  const chosen = (): string | undefined => (first === undefined || Number(input.value) >= Number(input.max) ? undefined : monthAt(first + Number(input.value)));
  const describe = (): void => {
    const at = chosen();
    output.textContent = at ? `${at}: relationships that held then, statements made by then` : 'all time';
    input.setAttribute('aria-valuetext', at ?? 'all time');
  };
  input.addEventListener('input', describe);
  input.addEventListener('change', () => changed(chosen()));

  return {
    show: (dates, at) => {
      for (const date of [...dates, ...(at ? [at] : [])]) {
        const index = monthIndex(monthOf(date));
        first = Math.min(first ?? index - 1, index - 1);
        last = Math.max(last ?? index, index);
      }
      container.hidden = first === undefined;
      if (first === undefined || last === undefined) return;
      input.max = String(last - first + 1);
      input.value = String(at ? monthIndex(monthOf(at)) - first : last - first + 1);
      describe();
    },
    reset: () => {
      first = undefined;
      last = undefined;
    },
  };
}
