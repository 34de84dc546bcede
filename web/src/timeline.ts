import { errorText, request } from './api.js';
import { actionButton, element } from './dom.js';
import { type DatedItem, precisionOf, timeAxis } from './time-axis.js';
import timelineDocument from './timeline.graphql';

type TimelineStatement = Readonly<{ id: string; date: string | null; datePrecision: string | null; summary: string | null; text: string; verificationStatus: string }>;
type TimelinePage = Readonly<{
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: TimelineStatement }[];
}>;

export type TimelineRequest = Readonly<{ nodeId: string; kind: string; label: string; dateFrom?: string; dateTo?: string }>;

/**
 * The timeline of an entity in the panel, a page at a time: on a time axis with a lane per date precision, and as a
 * list. A click on a mark of the axis brings its statements up in the list; a click on an item selects its statement.
 */
export async function showTimeline(panel: HTMLElement, timeline: TimelineRequest, selectStatement: (statementId: string) => void, close: () => void): Promise<void> {
  panel.hidden = false;
  const list = element('ol', { class: 'timeline', 'data-testid': 'timeline' });
  const status = element('p', { class: 'loading', role: 'status' }, 'Loading the timeline…');
  const count = element('p', { class: 'muted' });
  const axis = element('div');
  const dated: DatedItem[] = [];
  const showDate = (date: string): void => {
    const first = list.querySelector<HTMLElement>(`li[data-date="${CSS.escape(date)}"] button`);
    first?.scrollIntoView({ block: 'nearest' });
    first?.focus();
  };
  panel.replaceChildren(element('h3', {}, `Timeline of ${timeline.label}`), count, axis, list, status, actionButton('Close timeline', close));
  const anchor = timeline.kind === 'Place' ? { place: timeline.nodeId } : { entity: timeline.nodeId };

  const loadPage = async (after: string | null): Promise<void> => {
    status.className = 'loading';
    status.replaceChildren('Loading the timeline…');
    let page: TimelinePage;
    try {
      const variables = { ...anchor, from: timeline.dateFrom ?? null, to: timeline.dateTo ?? null, after };
      page = (await request<{ timeline: TimelinePage }>(timelineDocument, variables)).timeline;
    } catch (error) {
      status.className = 'error';
      status.setAttribute('role', 'alert');
      status.replaceChildren(errorText(error));
      return;
    }
    count.textContent = `${page.totalCount} dated statement${page.totalCount === 1 ? '' : 's'}`;
    list.append(
      ...page.edges.map(({ node }) =>
        element(
          'li',
          { 'data-testid': 'timeline-item', 'data-date': node.date ?? '', 'data-precision': node.date ? precisionOf(node.date, node.datePrecision) : '' },
          element('time', {}, node.date ?? 'undated'),
          ' ',
          actionButton(node.summary ?? node.text, () => selectStatement(node.id), { class: 'link', 'data-statement-id': node.id }),
          element('span', { class: 'muted' }, ` ${node.verificationStatus.toLowerCase()}`),
        ),
      ),
    );
    for (const { node } of page.edges) if (node.date) dated.push({ id: node.id, date: node.date, precision: precisionOf(node.date, node.datePrecision) });
    axis.replaceChildren(...(dated.length > 0 ? [timeAxis(dated, showDate)] : []));
    const { hasNextPage, endCursor } = page.pageInfo;
    status.className = '';
    status.replaceChildren(...(hasNextPage ? [actionButton('Load more', () => void loadPage(endCursor))] : []));
  };
  await loadPage(null);
}
