import { errorText, request } from './api.js';
import { actionButton, element } from './dom.js';
import { type GraphEdge, type GraphNode, statementBehind } from './graph-answer.js';
import drawnEdgeFragment from './drawn-edge.graphql';
import pathsDocument from './paths.graphql';

type PathStep = Readonly<{ forward: boolean; from: { id: string; label: string }; to: { id: string; label: string }; edge: { id: string; type: string } }>;
export type Path = Readonly<{ length: number; nodes: GraphNode[]; edges: GraphEdge[]; steps: PathStep[] }>;

export type PathActions = Readonly<{
  selectEdge: (edgeId: string) => void;
  selectStatement: (statementId: string) => void;
  clear: () => void;
}>;

export async function loadPaths(from: string, to: string, edgeTypes: readonly string[]): Promise<Path[]> {
  const variables = { from, to, edgeTypes: edgeTypes.length > 0 ? edgeTypes : null };
  return (await request<{ paths: Path[] }>(`${pathsDocument}\n${drawnEdgeFragment}`, variables)).paths;
}

function hopItem(path: Path, step: PathStep, actions: PathActions): HTMLElement {
  const edge = path.edges.find((candidate) => candidate.id === step.edge.id);
  const statementId = edge && statementBehind(edge);
  const statementLabel = path.nodes.find((node) => node.id === statementId)?.label ?? statementId;
  const relation = step.forward ? `—${step.edge.type.toLowerCase()}→` : `←${step.edge.type.toLowerCase()}—`;
  return element(
    'li',
    { 'data-testid': 'path-hop' },
    actionButton(`${step.from.label} ${relation} ${step.to.label}`, () => actions.selectEdge(step.edge.id), { class: 'link' }),
    ...(statementId
      ? [element('div', { class: 'muted' }, 'Statement: ', actionButton(statementLabel ?? statementId, () => actions.selectStatement(statementId), { class: 'link' }))]
      : []),
  );
}

/** The paths in the panel, each hop a button that opens the statement behind it. */
export function showPaths(panel: HTMLElement, fromLabel: string, toLabel: string, paths: readonly Path[], actions: PathActions): void {
  panel.hidden = false;
  const heading = element('h3', {}, `Paths from ${fromLabel} to ${toLabel}`);
  const clear = actionButton('Clear path', actions.clear);
  if (paths.length === 0) {
    panel.replaceChildren(heading, element('p', { 'data-testid': 'no-path' }, 'No path of at most 6 edges joins them.'), clear);
    return;
  }
  panel.replaceChildren(
    heading,
    element('p', { class: 'muted' }, `${paths.length} shortest path${paths.length === 1 ? '' : 's'} of ${paths[0]!.length} hop${paths[0]!.length === 1 ? '' : 's'}`),
    ...paths.map((path, index) =>
      element('ol', { class: 'path', 'data-testid': 'path', 'aria-label': `Path ${index + 1}` }, ...path.steps.map((step) => hopItem(path, step, actions))),
    ),
    clear,
  );
}

export function showPathLoading(panel: HTMLElement): void {
  panel.hidden = false;
  panel.replaceChildren(element('h3', {}, 'Paths'), element('p', { class: 'loading', role: 'status' }, 'Looking for paths…'));
}

export function showPathError(panel: HTMLElement, error: unknown, clear: () => void): void {
  panel.hidden = false;
  panel.replaceChildren(element('h3', {}, 'Paths'), element('p', { class: 'error', role: 'alert' }, errorText(error)), actionButton('Clear path', clear));
}
