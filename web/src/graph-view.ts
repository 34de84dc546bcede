import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { GraphAnswer, GraphEdge, GraphNode } from './graph-answer.js';
import { edgeStyle, nodeStyle } from './kinds.js';

type NodeAttributes = { x: number; y: number; size: number; color: string; label: string; node: GraphNode; more: number };
type EdgeAttributes = { size: number; color: string; edge: GraphEdge };

export type Point = Readonly<{ x: number; y: number }>;

/** What the view tells the page about clicks; the page decides what a click means. */
export type GraphViewEvents = Readonly<{
  nodeClicked: (nodeId: string) => void;
  edgeClicked: (edgeId: string) => void;
}>;

const labelLength = 48;
const pathColor = '#111111';
const dimmedColor = '#e4e4e4';

const shortLabel = (label: string): string => (label.length > labelLength ? `${label.slice(0, labelLength - 1)}…` : label);

function drawnLabel(node: GraphNode, more: number): string {
  const label = `${nodeStyle(node.kind).marker} ${shortLabel(node.label)}`;
  return more > 0 ? `${label} (+${more} more)` : label;
}

/**
 * The drawing: a graphology graph that only grows as neighbourhoods merge into it, drawn by sigma.js.
 * A node keeps the x/y it was given when it first appeared, so expanding never moves what is already drawn.
 */
export class GraphView {
  private readonly graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  private readonly renderer: Sigma<NodeAttributes, EdgeAttributes>;
  private selected: string | undefined;
  private path: { nodeIds: Set<string>; edgeIds: Set<string> } | undefined;
  private hiddenEdges = new Set<string>();

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.renderer = new Sigma(this.graph, container, {
      defaultEdgeType: 'arrow',
      enableEdgeEvents: true,
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 4,
      labelFont: 'system-ui, sans-serif',
      zIndex: true,
      nodeReducer: (nodeId, attributes) => this.nodeDisplay(nodeId, attributes),
      edgeReducer: (edgeId, attributes) => this.edgeDisplay(edgeId, attributes),
    });
    this.renderer.on('clickNode', ({ node }) => events.nodeClicked(node));
    this.renderer.on('clickEdge', ({ edge }) => events.edgeClicked(edge));
    for (const [event, cursor] of [['enterNode', 'pointer'], ['leaveNode', ''], ['enterEdge', 'pointer'], ['leaveEdge', '']] as const) {
      this.renderer.on(event, () => {
        container.style.cursor = cursor;
      });
    }
  }

  clear(): void {
    this.graph.clear();
    this.path = undefined;
    this.selected = undefined;
  }

  /**
   * Adds the nodes and edges not drawn yet. The first neighbourhood is laid out with ForceAtlas2; later ones place
   * only their new nodes, on an arc around the node they were loaded for, facing away from the rest.
   */
  merge(answer: Pick<GraphAnswer, 'nodes' | 'edges'>, around: string, moreCounts: ReadonlyMap<string, number> = new Map()): void {
    const firstDrawing = this.graph.order === 0;
    const newNodes = answer.nodes.filter((node) => !this.graph.hasNode(node.id));
    const anchor = this.graph.hasNode(around) ? this.graph.getNodeAttributes(around) : { x: 0, y: 0 };
    const placements = firstDrawing ? this.ringPlacements(newNodes, around) : this.arcPlacements(newNodes.length, anchor);
    newNodes.forEach((node, index) => {
      const style = nodeStyle(node.kind);
      const { x, y } = placements[index] ?? anchor;
      this.graph.addNode(node.id, { x, y, size: style.size, color: style.color, label: drawnLabel(node, 0), node, more: 0 });
    });
    for (const edge of answer.edges) {
      if (this.graph.hasEdge(edge.id) || !this.graph.hasNode(edge.source) || !this.graph.hasNode(edge.target)) continue;
      const style = edgeStyle(edge.type);
      this.graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { size: style.size, color: style.color, edge });
    }
    if (firstDrawing && this.graph.order > 2) {
      forceAtlas2.assign(this.graph, { iterations: 150, settings: { ...forceAtlas2.inferSettings(this.graph), adjustSizes: true } });
    }
    for (const [nodeId, more] of moreCounts) {
      if (!this.graph.hasNode(nodeId)) continue;
      this.graph.mergeNodeAttributes(nodeId, { more, label: drawnLabel(this.graph.getNodeAttribute(nodeId, 'node'), more) });
    }
  }

  private ringPlacements(nodes: readonly GraphNode[], center: string): Point[] {
    const others = nodes.filter((node) => node.id !== center);
    return nodes.map((node) => {
      if (node.id === center) return { x: 0, y: 0 };
      const angle = (2 * Math.PI * others.indexOf(node)) / Math.max(others.length, 1);
      return { x: 10 * Math.cos(angle), y: 10 * Math.sin(angle) };
    });
  }

  private arcPlacements(count: number, anchor: Point): Point[] {
    const positions = this.graph.mapNodes((_nodeId, attributes) => ({ x: attributes.x, y: attributes.y }));
    const centroid = {
      x: positions.reduce((sum, point) => sum + point.x, 0) / Math.max(positions.length, 1),
      y: positions.reduce((sum, point) => sum + point.y, 0) / Math.max(positions.length, 1),
    };
    const width = Math.max(...positions.map((point) => point.x)) - Math.min(...positions.map((point) => point.x));
    const height = Math.max(...positions.map((point) => point.y)) - Math.min(...positions.map((point) => point.y));
    const radius = Math.max(Math.hypot(width, height) / 5, 4);
    const away = Math.atan2(anchor.y - centroid.y, anchor.x - centroid.x) || 0;
    const spread = Math.min(Math.PI * 1.5, count * 0.35);
    return Array.from({ length: count }, (_unused, index) => {
      const angle = away - spread / 2 + (count > 1 ? (spread * index) / (count - 1) : spread / 2);
      return { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
    });
  }

  select(id: string | undefined): void {
    this.selected = id;
    this.renderer.refresh({ skipIndexation: true });
  }

  showPath(path: { nodeIds: Iterable<string>; edgeIds: Iterable<string> } | undefined): void {
    this.path = path && { nodeIds: new Set(path.nodeIds), edgeIds: new Set(path.edgeIds) };
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Hides the edges the date filter leaves out, and the nodes all of whose edges are hidden. */
  hideEdges(edgeIds: Iterable<string>): void {
    this.hiddenEdges = new Set(edgeIds);
    this.renderer.refresh();
  }

  private nodeDisplay(nodeId: string, attributes: NodeAttributes): Partial<NodeDisplayData> {
    const display: Partial<NodeDisplayData> = { ...attributes };
    if (this.hiddenEdges.size > 0 && this.graph.degree(nodeId) > 0 && this.graph.everyEdge(nodeId, (edgeId) => this.hiddenEdges.has(edgeId))) {
      display.hidden = true;
    }
    if (this.path && !this.path.nodeIds.has(nodeId)) Object.assign(display, { color: dimmedColor, label: '', zIndex: 0 });
    if (this.path?.nodeIds.has(nodeId)) Object.assign(display, { forceLabel: true, zIndex: 1 });
    if (nodeId === this.selected) Object.assign(display, { highlighted: true, forceLabel: true, zIndex: 2 });
    return display;
  }

  private edgeDisplay(edgeId: string, attributes: EdgeAttributes): Partial<EdgeDisplayData> {
    const display: Partial<EdgeDisplayData> = { ...attributes };
    if (this.hiddenEdges.has(edgeId)) display.hidden = true;
    if (this.path) {
      Object.assign(display, this.path.edgeIds.has(edgeId) ? { color: pathColor, size: 5, zIndex: 1 } : { color: dimmedColor, zIndex: 0 });
    }
    if (edgeId === this.selected) Object.assign(display, { color: pathColor, size: attributes.size + 3, zIndex: 2 });
    return display;
  }

  hasNode = (nodeId: string): boolean => this.graph.hasNode(nodeId);
  nodeIds = (): string[] => this.graph.nodes();
  node = (nodeId: string): GraphNode | undefined => (this.graph.hasNode(nodeId) ? this.graph.getNodeAttribute(nodeId, 'node') : undefined);
  moreCount = (nodeId: string): number => (this.graph.hasNode(nodeId) ? this.graph.getNodeAttribute(nodeId, 'more') : 0);
  edge = (edgeId: string): GraphEdge | undefined => (this.graph.hasEdge(edgeId) ? this.graph.getEdgeAttribute(edgeId, 'edge') : undefined);
  edges = (): GraphEdge[] => this.graph.mapEdges((_edgeId, attributes) => attributes.edge);
  edgesOf = (nodeId: string): GraphEdge[] => (this.graph.hasNode(nodeId) ? this.graph.mapEdges(nodeId, (_edgeId, attributes) => attributes.edge) : []);

  /** Where a node sits in graph coordinates, which never change once it is drawn. */
  position(nodeId: string): Point | undefined {
    if (!this.graph.hasNode(nodeId)) return undefined;
    const { x, y } = this.graph.getNodeAttributes(nodeId);
    return { x, y };
  }

  /** Where a node shows on the canvas, in CSS pixels from its top left corner. */
  screenPosition(nodeId: string): Point | undefined {
    const display = this.renderer.getNodeDisplayData(nodeId);
    return display && this.renderer.framedGraphToViewport(display);
  }
}
