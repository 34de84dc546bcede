import { entityKinds } from '../../src/model/kinds.js';
import { errorText, request } from './api.js';
import { busyTracker } from './busy.js';
import { actionButton, element } from './dom.js';
import { type EdgeContext, showEvidence } from './evidence.js';
import { showExportLinks } from './export.js';
import { dateInRange, edgesOutsideDates, type Filters, mountFilters } from './filters.js';
import { type GraphAnswer, type GraphEdge, type GraphNode, statementBehind } from './graph-answer.js';
import neighbourhoodDocument from './graph.graphql';
import { GraphView, type Point } from './graph-view.js';
import { showLegend } from './legend.js';
import { mountLive } from './live.js';
import { loadPaths, showPathError, showPathLoading, showPaths } from './paths.js';
import { mountSearch } from './search.js';
import { showNodeSelection } from './selection.js';
import { mountTimeSlider } from './time-slider.js';
import { showTimeline } from './timeline.js';
import { defaultExpansionLimit, readViewState, updateViewState, type ViewState } from './url-state.js';
import { structuralGrounds } from './structural-grounds.js';

const centerLimit = 200;
const largestLimit = 500;

const byId = <Element extends HTMLElement>(id: string): Element => document.getElementById(id) as Element;
const status = byId<HTMLParagraphElement>('status');
const selectionPanel = byId<HTMLElement>('selection');
const evidencePanel = byId<HTMLElement>('evidence');
const pathPanel = byId<HTMLElement>('paths');
const timelinePanel = byId<HTMLElement>('timeline');
const depthSelect = byId<HTMLSelectElement>('depth');
const graphContainer = byId<HTMLElement>('graph');

const view = new GraphView(graphContainer, {
  nodeClicked: (nodeId) => void track(clickNode(nodeId)),
  edgeClicked: (edgeId) => void track(select(edgeId)),
});

const track = busyTracker((busy) => graphContainer.setAttribute('aria-busy', String(busy)));
const legend = byId<HTMLElement>('legend');
const timeSlider = mountTimeSlider(byId('time-slider'), (at) => void track(drawState(updateViewState({ at }), true)));
const followLive = mountLive(byId('live'), (statementId) => void track(select(statementId)));

function showStatus(text: string, kind: 'loading' | 'error' | 'done'): void {
  status.textContent = text;
  status.className = kind;
  status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
}

const filtersOf = (state: ViewState): Filters => ({ edgeTypes: state.edgeTypes, dateFrom: state.dateFrom, dateTo: state.dateTo });

async function loadNeighbourhood(center: string, depth: number, limit: number, state: ViewState): Promise<GraphAnswer> {
  const variables = { center, depth, limit, edgeTypes: state.edgeTypes.length > 0 ? state.edgeTypes : null, at: state.at ?? null };
  return (await request<{ graph: GraphAnswer }>(neighbourhoodDocument, variables)).graph;
}

/** "+N more" per node: how many neighbours the answer left out behind it; none behind the node it was loaded for. */
function moreCounts(answer: GraphAnswer, loadedFor: string): Map<string, number> {
  const counts = new Map<string, number>([[loadedFor, 0]]);
  for (const { nodeId, count } of answer.omitted) counts.set(nodeId, (counts.get(nodeId) ?? 0) + count);
  return counts;
}

/**
 * Draws the whole view the URL describes: the centre, each expansion in order, then the path, selection and timeline.
 * With `keepPlaces` (a move of the time slider) the nodes drawn before stay where they were.
 */
async function drawState(state: ViewState, keepPlaces = false): Promise<void> {
  view.clear(keepPlaces);
  if (!keepPlaces) timeSlider.reset();
  depthSelect.value = String(state.depth);
  showExportLinks(byId('export'), state);
  for (const panel of [selectionPanel, evidencePanel, pathPanel, timelinePanel]) panel.hidden = true;
  if (!state.center) {
    followLive(undefined);
    showStatus('Search for a person, organisation, place or statement to start.', 'done');
    return;
  }
  showStatus('Loading the graph…', 'loading');
  try {
    const answer = await loadNeighbourhood(state.center, state.depth, centerLimit, state);
    view.merge(answer, state.center, moreCounts(answer, state.center));
    for (const expansion of state.expanded) {
      const expanded = await loadNeighbourhood(expansion.nodeId, 1, expansion.limit, state);
      view.merge(expanded, expansion.nodeId, moreCounts(expanded, expansion.nodeId));
    }
  } catch (error) {
    followLive(undefined);
    showStatus(`Could not load the graph: ${errorText(error)}`, 'error');
    return;
  }
  followLive(isEntity(state.center) ? { id: state.center, label: labelOf(state.center) } : undefined);
  applyVisibility(state);
  showDrawnCount();
  if (state.pathFrom && state.pathTo) await drawPath(state);
  if (state.selected) await select(state.selected);
  if (state.timeline) await openTimeline(state.timeline);
}

function showDrawnCount(): void {
  showStatus(`${view.nodeIds().length} nodes drawn. Click a node to expand it, an edge for its evidence.`, 'done');
}

const saidBy = (date: string | null | undefined, at: string | undefined): boolean => !at || !date || dateInRange(date, undefined, at);

/** Every date the drawing holds, for the time slider's scale. */
function datesOf(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): string[] {
  const edgeDates = edges.flatMap((edge) => [edge.properties?.date, edge.properties?.since, edge.properties?.until]);
  return [...nodes.map((node) => node.node?.date), ...edgeDates].filter((date): date is string => Boolean(date));
}

/**
 * Hides what the date filter leaves out and, with the time slider set, what was said after its date (the API has
 * already left out the relationships that did not hold then); then shows the slider and the legend for what is drawn.
 */
function applyVisibility(state: ViewState): void {
  const edges = view.edges();
  const nodes = view.nodeIds().flatMap((nodeId) => view.node(nodeId) ?? []);
  const saidLater = edges.filter((edge) => !saidBy(edge.properties?.date, state.at)).map((edge) => edge.id);
  view.hide([...edgesOutsideDates(edges, filtersOf(state)), ...saidLater], nodes.filter((node) => !saidBy(node.node?.date, state.at)).map((node) => node.id));
  timeSlider.show(datesOf(nodes, edges), state.at);
  showLegend(legend, view.visibleNodes(), view.visibleEdges());
}

async function clickNode(nodeId: string): Promise<void> {
  await select(nodeId);
  await expand(nodeId);
}

/** Merges a node's neighbours into the drawing; again, when it shows "+N more", with twice the limit. */
async function expand(nodeId: string): Promise<void> {
  const state = readViewState();
  const earlier = state.expanded.find((expansion) => expansion.nodeId === nodeId);
  if ((earlier || nodeId === state.center) && view.moreCount(nodeId) === 0) return;
  const limit = earlier ? Math.min(earlier.limit * 2, largestLimit) : defaultExpansionLimit;
  showStatus(`Loading the neighbours of ${view.node(nodeId)?.label ?? nodeId}…`, 'loading');
  try {
    const answer = await loadNeighbourhood(nodeId, 1, limit, state);
    view.merge(answer, nodeId, moreCounts(answer, nodeId));
  } catch (error) {
    showStatus(`Could not expand ${nodeId}: ${errorText(error)}`, 'error');
    return;
  }
  const expanded = [...state.expanded.filter((expansion) => expansion.nodeId !== nodeId), { nodeId, limit }];
  applyVisibility(updateViewState({ expanded }));
  showDrawnCount();
  if (readViewState().selected === nodeId) await select(nodeId);
}

const labelOf = (nodeId: string): string => view.node(nodeId)?.label ?? nodeId;
const kindOf = (nodeId: string): string | undefined => view.node(nodeId)?.kind;
/** A person, organisation or place: what a timeline and the Live list can follow. */
const isEntity = (nodeId: string): boolean => (entityKinds as readonly string[]).includes(kindOf(nodeId) ?? '');

/** Selects a node or an edge: marks it in the drawing and shows what is known about it in the panel. */
async function select(id: string): Promise<void> {
  updateViewState({ selected: id });
  view.select(id);
  const edge = view.edge(id);
  if (edge) {
    selectionPanel.hidden = true;
    const context: EdgeContext = {
      type: edge.type,
      sourceId: edge.source,
      from: labelOf(edge.source),
      to: labelOf(edge.target),
      reason: edge.properties?.reason,
      strength: edge.properties?.strength,
      quote: edge.properties?.quote,
      hedged: edge.properties?.hedged,
      inferred: edge.properties?.basis === 'INFERRED',
      inferredBy: edge.properties?.inferredBy ? labelOf(edge.properties.inferredBy) : undefined,
    };
    const statementId = statementBehind(edge);
    if (statementId) return showEvidence(evidencePanel, statementId, context, (nodeId) => void track(select(nodeId)));
    evidencePanel.hidden = false;
    evidencePanel.replaceChildren(
      element('h3', {}, 'Relationship'),
      element('p', {}, `${context.from} ${edge.type.toLowerCase()} ${context.to}`),
      structuralGrounds(edge.properties),
    );
    return;
  }
  const node = view.node(id);
  const isStatement = node?.kind === 'Statement' || id.startsWith('statement:');
  const evidence = isStatement ? showEvidence(evidencePanel, id, undefined, (nodeId) => void track(select(nodeId))) : undefined;
  if (!isStatement) evidencePanel.hidden = true;
  if (node) {
    await showNodeSelection(selectionPanel, node, view.moreCount(id), view.edgesOf(id), labelOf, {
      expand: () => void track(expand(id)),
      makeCenter: () => void track(drawState(updateViewState({ center: id, expanded: [], selected: id }))),
      pathFrom: () => void track(setPathEnd({ pathFrom: id })),
      pathTo: () => void track(setPathEnd({ pathTo: id })),
      timeline: isEntity(id) ? () => void track(openTimeline(id)) : undefined,
      selectEdge: (edgeId) => void track(select(edgeId)),
    });
  } else {
    selectionPanel.hidden = true;
  }
  await evidence;
}

async function setPathEnd(end: Pick<ViewState, 'pathFrom'> | Pick<ViewState, 'pathTo'>): Promise<void> {
  const state = updateViewState(end);
  showExportLinks(byId('export'), state);
  if (state.pathFrom && state.pathTo) return drawPath(state);
  pathPanel.hidden = false;
  const chosen = state.pathFrom ? `from ${labelOf(state.pathFrom)}` : `to ${labelOf(state.pathTo ?? '')}`;
  pathPanel.replaceChildren(
    element('h3', {}, 'Paths'),
    element('p', { 'data-testid': 'path-pending' }, `Path ${chosen}: now choose the other end with “${state.pathFrom ? 'Path to here' : 'Path from here'}”.`),
    actionButton('Clear path', () => void track(clearPath())),
  );
}

/** Finds the shortest paths, draws what of them is missing, and highlights them. */
async function drawPath(state: ViewState): Promise<void> {
  const { pathFrom, pathTo } = state;
  if (!pathFrom || !pathTo) return;
  showPathLoading(pathPanel);
  const clear = (): void => void track(clearPath());
  let paths;
  try {
    paths = await loadPaths(pathFrom, pathTo, state.edgeTypes);
  } catch (error) {
    showPathError(pathPanel, error, clear);
    return;
  }
  for (const path of paths) {
    const drawnEnd = path.nodes.find((node) => view.hasNode(node.id))?.id ?? pathFrom;
    view.merge(path, drawnEnd);
  }
  applyVisibility(state);
  view.showPath(paths.length > 0 ? { nodeIds: paths.flatMap((path) => path.nodes.map((node) => node.id)), edgeIds: paths.flatMap((path) => path.edges.map((edge) => edge.id)) } : undefined);
  showPaths(pathPanel, labelOf(pathFrom), labelOf(pathTo), paths, {
    selectEdge: (edgeId) => void track(select(edgeId)),
    selectStatement: (statementId) => void track(select(statementId)),
    clear,
  });
  showDrawnCount();
}

async function clearPath(): Promise<void> {
  showExportLinks(byId('export'), updateViewState({ pathFrom: undefined, pathTo: undefined }));
  view.showPath(undefined);
  pathPanel.hidden = true;
}

async function openTimeline(nodeId: string): Promise<void> {
  const state = updateViewState({ timeline: nodeId });
  const kind = view.node(nodeId)?.kind ?? (nodeId.startsWith('place:') ? 'Place' : 'Person');
  const close = (): void => {
    updateViewState({ timeline: undefined });
    timelinePanel.hidden = true;
  };
  await showTimeline(
    timelinePanel,
    { nodeId, kind, label: labelOf(nodeId), dateFrom: state.dateFrom, dateTo: state.dateTo },
    (statementId) => void track(select(statementId)),
    close,
  );
}

async function changeFilters(filters: Filters): Promise<void> {
  const before = readViewState();
  const state = updateViewState(filters);
  if (filters.edgeTypes.join() !== before.edgeTypes.join()) return drawState(state);
  applyVisibility(state);
  if (state.timeline) await openTimeline(state.timeline);
}

const initialState = readViewState();
mountSearch(byId('search'), byId('suggestions'), (nodeId) => void track(drawState(updateViewState({ center: nodeId, expanded: [], selected: nodeId }))));
mountFilters(byId('filters'), filtersOf(initialState), (filters) => void track(changeFilters(filters)));
depthSelect.addEventListener('change', () => void track(drawState(updateViewState({ depth: Number(depthSelect.value), expanded: [] }))));

/** Read-only accessors for the browser tests; they change nothing. */
const explorer = Object.freeze({
  busy: (): boolean => document.body.dataset.busy === 'true',
  drawnNodeIds: (): string[] => view.nodeIds(),
  position: (nodeId: string): Point | undefined => view.position(nodeId),
  screenPosition: (nodeId: string): Point | undefined => view.screenPosition(nodeId),
  visibleNodeIds: (): string[] => view.visibleNodeIds(),
  visibleEdgeTypes: (): string[] => [...new Set(view.visibleEdges().map((edge) => edge.type))],
  labels: () => view.labels(),
  look: (nodeId: string) => view.look(nodeId),
  dimensions: () => view.dimensions(),
});
Object.defineProperty(window, 'explorer', { value: explorer });

void track(drawState(initialState));
