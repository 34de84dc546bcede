import { errorText, request } from './api.js';
import { actionButton, element } from './dom.js';
import timelineDocument from './timeline.graphql';

type TimelineStatement = Readonly<{ id: string; date: string | null; summary: string | null; text: string; verificationStatus: string }>;
type TimelinePage = Readonly<{
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: TimelineStatement }[];
}>;

export type TimelineRequest = Readonly<{ nodeId: string; kind: string; label: string; dateFrom?: string; dateTo?: string }>;

/** The timeline of an entity in the panel, a page at a time; a click on an item selects its statement. */
export async function showTimeline(panel: HTMLElement, timeline: TimelineRequest, selectStatement: (statementId: string) => void, close: () => void): Promise<void> {
  panel.hidden = false;
  const list = element('ol', { class: 'timeline', 'data-testid': 'timeline' });
  const status = element('p', { class: 'loading', role: 'status' }, 'Loading the timeline…');
  const count = element('p', { class: 'muted' });
  panel.replaceChildren(element('h3', {}, `Timeline of ${timeline.label}`), count, list, status, actionButton('Close timeline', close));
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
          { 'data-testid': 'timeline-item' },
          element('time', {}, node.date ?? 'undated'),
          ' ',
          actionButton(node.summary ?? node.text, () => selectStatement(node.id), { class: 'link', 'data-statement-id': node.id }),
          element('span', { class: 'muted' }, ` ${node.verificationStatus.toLowerCase()}`),
        ),
      ),
    );
    const { hasNextPage, endCursor } = page.pageInfo;
    status.className = '';
    status.replaceChildren(...(hasNextPage ? [actionButton('Load more', () => void loadPage(endCursor))] : []));
  };
  await loadPage(null);
}
