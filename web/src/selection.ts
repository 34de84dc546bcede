import { errorText, request } from './api.js';
import { actionButton, element } from './dom.js';
import { sourceLink } from './source-link.js';
import type { GraphEdge, GraphNode } from './graph-answer.js';
import { edgeStyle, nodeStyle } from './kind-styles.js';
import selectedNodeDocument from './selection.graphql';

type SelectedNode = Readonly<{ __typename: string; id: string; name?: string; description?: string | null; title?: string; url?: string | null }>;

export type NodeActions = Readonly<{
  expand: () => void;
  makeCenter: () => void;
  pathFrom: () => void;
  pathTo: () => void;
  timeline: (() => void) | undefined;
  selectEdge: (edgeId: string) => void;
}>;

/**
 * The selected node: what it is, what can be done with it, and its drawn edges as buttons, so that everything
 * a click on the canvas does can be done with the keyboard too.
 */
export async function showNodeSelection(
  panel: HTMLElement,
  node: GraphNode,
  moreCount: number,
  edges: readonly GraphEdge[],
  labelOf: (nodeId: string) => string,
  actions: NodeActions,
): Promise<void> {
  panel.hidden = false;
  const marker = element('span', { 'aria-hidden': 'true' }, `${nodeStyle(node.kind).marker} `);
  marker.style.color = nodeStyle(node.kind).color;
  const description = element('p', { class: 'muted' });
  const buttons = [
    actionButton(moreCount > 0 ? `Load ${moreCount} more` : 'Expand', actions.expand, { 'data-testid': 'expand' }),
    actionButton('Make centre', actions.makeCenter),
    actionButton('Path from here', actions.pathFrom, { 'data-testid': 'path-from' }),
    actionButton('Path to here', actions.pathTo, { 'data-testid': 'path-to' }),
    ...(actions.timeline ? [actionButton('Timeline', actions.timeline, { 'data-testid': 'show-timeline' })] : []),
  ];
  const connections = edges.map((edge) => {
    const outgoing = edge.source === node.id;
    const other = labelOf(outgoing ? edge.target : edge.source);
    const relation = outgoing ? `${edgeStyle(edge.type).description} → ${other}` : `← ${edgeStyle(edge.type).description} by ${other}`;
    return element('li', {}, actionButton(relation, () => actions.selectEdge(edge.id), { class: 'link', 'data-edge-id': edge.id }));
  });
  panel.replaceChildren(
    element('h2', { 'data-testid': 'selected-label' }, marker, node.label),
    element('p', { class: 'muted' }, `${node.kind} · ${node.id}`),
    description,
    element('div', { class: 'actions' }, ...buttons),
    ...(connections.length > 0 ? [element('h3', {}, 'Drawn connections'), element('ul', { class: 'connections' }, ...connections)] : []),
  );
  try {
    const selected = (await request<{ node: SelectedNode | null }>(selectedNodeDocument, { id: node.id })).node;
    const link = selected?.url ? [' ', sourceLink(selected.url, 'Read the source')] : [];
    description.replaceChildren(selected?.description ?? '', ...link);
  } catch (error) {
    description.className = 'error';
    description.replaceChildren(errorText(error));
  }
}
