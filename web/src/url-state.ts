/**
 * Everything that makes up a view lives in the URL, so that a copied link restores it: the centre and depth,
 * the nodes expanded (with the limit each was loaded with), the selection, the ends of a path, the filters
 * the date of the time slider and the entity whose timeline is open; or that the page is reviewing a new article instead. The page keeps no
 * other copy of it.
 */
export type Expansion = Readonly<{ nodeId: string; limit: number }>;

export type ViewState = Readonly<{
  /** "review" for the review of a new article; the explorer otherwise. */
  view?: 'review';
  center?: string;
  depth: number;
  expanded: readonly Expansion[];
  /** A node id or an edge id. */
  selected?: string;
  pathFrom?: string;
  pathTo?: string;
  edgeTypes: readonly string[];
  dateFrom?: string;
  dateTo?: string;
  /** The time slider's date: relationships that held then, statements made by then. */
  at?: string;
  timeline?: string;
}>;

export const defaultExpansionLimit = 12;

const optional = (parameters: URLSearchParams, name: string): string | undefined => parameters.get(name) || undefined;

function readExpansion(text: string): Expansion {
  const at = text.lastIndexOf('@');
  const limit = at > 0 ? Number(text.slice(at + 1)) : Number.NaN;
  return Number.isInteger(limit) && limit > 0 ? { nodeId: text.slice(0, at), limit } : { nodeId: text, limit: defaultExpansionLimit };
}

export function readViewState(): ViewState {
  const parameters = new URLSearchParams(location.search);
  const depth = Number(parameters.get('depth') ?? 1);
  return {
    view: parameters.get('view') === 'review' ? 'review' : undefined,
    center: optional(parameters, 'center'),
    depth: Number.isInteger(depth) && depth >= 1 && depth <= 3 ? depth : 1,
    expanded: parameters.getAll('expand').map(readExpansion),
    selected: optional(parameters, 'selected'),
    pathFrom: optional(parameters, 'pathFrom'),
    pathTo: optional(parameters, 'pathTo'),
    edgeTypes: (parameters.get('edgeTypes') ?? '').split(',').filter((type) => type !== ''),
    dateFrom: optional(parameters, 'dateFrom'),
    dateTo: optional(parameters, 'dateTo'),
    at: optional(parameters, 'at'),
    timeline: optional(parameters, 'timeline'),
  };
}

function viewSearch(state: ViewState): string {
  const parameters = new URLSearchParams();
  if (state.view) parameters.set('view', state.view);
  if (state.center) parameters.set('center', state.center);
  if (state.depth !== 1) parameters.set('depth', String(state.depth));
  for (const { nodeId, limit } of state.expanded) {
    parameters.append('expand', limit === defaultExpansionLimit ? nodeId : `${nodeId}@${limit}`);
  }
  const optionalValues = {
    selected: state.selected,
    pathFrom: state.pathFrom,
    pathTo: state.pathTo,
    edgeTypes: state.edgeTypes.join(','),
    dateFrom: state.dateFrom,
    dateTo: state.dateTo,
    at: state.at,
    timeline: state.timeline,
  };
  for (const [name, value] of Object.entries(optionalValues)) if (value) parameters.set(name, value);
  const search = parameters.toString();
  return search ? `?${search}` : location.pathname;
}

/** Writes the state into the address bar without reloading. */
export function writeViewState(state: ViewState): void {
  history.replaceState(null, '', viewSearch(state));
}

/** The state with some parts changed, written to the URL. */
export function updateViewState(changes: Partial<ViewState>): ViewState {
  const state = { ...readViewState(), ...changes };
  writeViewState(state);
  return state;
}
