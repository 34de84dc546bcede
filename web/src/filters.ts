import { element } from './dom.js';
import type { GraphEdge } from './graph-answer.js';
import { relationshipTypes } from '../../src/model/kinds.js';
import { edgeStyle } from './kind-styles.js';

export type Filters = Readonly<{ edgeTypes: readonly string[]; dateFrom?: string; dateTo?: string }>;

const partialDate = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * Whether a date known to the year, month or day ("2023-05") overlaps the range, as the API counts it: a period
 * overlaps when it ends after the range starts and starts before the range ends. Padding makes the strings sort.
 */
export function dateInRange(date: string, from: string | undefined, to: string | undefined): boolean {
  const start = (period: string): string => `${period}-00-00`.slice(0, 10);
  const end = (period: string): string => `${period}-99-99`.slice(0, 10);
  return (!from || end(date) >= start(from)) && (!to || start(date) <= end(to));
}

/** The edges the date range leaves out; an edge with no date stays. */
export const edgesOutsideDates = (edges: readonly GraphEdge[], filters: Filters): string[] =>
  edges.filter((edge) => edge.properties?.date && !dateInRange(edge.properties.date, filters.dateFrom, filters.dateTo)).map((edge) => edge.id);

/** The relationship types to follow (sent to the API) and the date range (applied to the drawing and the timeline). */
export function mountFilters(form: HTMLFormElement, filters: Filters, changed: (filters: Filters) => void): void {
  const types = element('fieldset', { class: 'edge-types' }, element('legend', {}, 'Relationships'));
  for (const type of relationshipTypes) {
    const checkbox = element('input', { type: 'checkbox', name: 'edgeType', value: type, 'data-testid': `filter-${type}` });
    checkbox.checked = filters.edgeTypes.length === 0 || filters.edgeTypes.includes(type);
    const swatch = element('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = edgeStyle(type).color;
    types.append(element('label', {}, checkbox, swatch, edgeStyle(type).description));
  }
  const dateInput = (name: string, label: string, value: string | undefined): HTMLElement => {
    const input = element('input', { name, placeholder: 'e.g. 2023-05', pattern: partialDate.source, size: '10', 'data-testid': `filter-${name}` });
    input.value = value ?? '';
    return element('label', {}, `${label} `, input);
  };
  const dates = element('fieldset', { class: 'dates' }, element('legend', {}, 'Dates'), dateInput('dateFrom', 'from', filters.dateFrom), dateInput('dateTo', 'to', filters.dateTo));
  form.replaceChildren(types, dates, element('button', { type: 'submit' }, 'Apply filters'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const data = new FormData(form);
    const checked = data.getAll('edgeType').map(String);
    const text = (name: string): string | undefined => String(data.get(name) ?? '').trim() || undefined;
    changed({ edgeTypes: checked.length === relationshipTypes.length ? [] : checked, dateFrom: text('dateFrom'), dateTo: text('dateTo') });
  });
}
