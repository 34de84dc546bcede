import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { fitText, labelFont, labelLineHeight, labelSize, textWidth, writeCard, writeLabel } from './canvas-text.js';
import { challengesOf, type GraphAnswer, type GraphEdge, type GraphNode } from './graph-answer.js';
import { contestedRing, contestedRingWidth, edgeStyle, nodeStyle, statementSize, statusStyle } from './kinds.js';
import { type LabelCandidate, type NodeDisc, type PlacedLabel, placeLabels, shortLabel } from './label-layout.js';

type NodeAttributes = { x: number; y: number; size: number; color: string; label: string; node: GraphNode; more: number; fixed?: boolean };
type EdgeAttributes = { size: number; color: string; edge: GraphEdge };

export type Point = Readonly<{ x: number; y: number }>;

/** What the view tells the page about clicks; the page decides what a click means. */
export type GraphViewEvents = Readonly<{
  nodeClicked: (nodeId: string) => void;
  edgeClicked: (edgeId: string) => void;
}>;

/** Labels of nodes that are neither selected nor on a path are cut to this many characters; hovering shows the rest. */
const shortLabelLength = 28;
const largeGraph = 500;
/** At most this many labels are tried in a frame, the most important first; past them a screen is full anyway. */
const maxLabelCandidates = 400;

type LabelEntry = Readonly<{ id: string; label: string; short: string; challenges: number }>;
const pathColor = '#111111';
const dimmedColor = '#e4e4e4';
const kindRank: Readonly<Record<string, number>> = { Organisation: 0, Person: 1, Place: 2, Source: 3, Statement: 4 };

function drawnLabel(node: GraphNode, more: number): string {
  const label = `${nodeStyle(node.kind).marker} ${node.label}`;
  return more > 0 ? `${label} (+${more} more)` : label;
}

/** A statement is filled by its verification status and grows with its challenges; other nodes by their kind. */
function nodeLook(node: GraphNode, challenges: number): Pick<NodeAttributes, 'size' | 'color'> {
  const style = nodeStyle(node.kind);
  if (node.kind !== 'Statement' || !node.node?.verificationStatus) return { size: style.size, color: style.color };
  return { size: statementSize(challenges), color: statusStyle(node.node.verificationStatus).color };
}

/** What the hovered edge says: its type, and whether it is hedged or someone else's inference, and how strong. */
export function edgeDescription(edge: GraphEdge, labelOf: (nodeId: string) => string): string {
  const properties = edge.properties;
  const details = [
    properties?.hedged ? 'hedged' : undefined,
    properties?.basis === 'INFERRED' ? `inferred by ${properties.inferredBy ? labelOf(properties.inferredBy) : 'someone else'}` : undefined,
    properties?.strength?.toLowerCase(),
    edge.weight > 1 ? `${edge.weight} statements` : undefined,
  ].filter((detail): detail is string => Boolean(detail));
  const description = edgeStyle(edge.type).description;
  return details.length > 0 ? `${description} (${details.join(', ')})` : description;
}

function ring(context: CanvasRenderingContext2D, disc: NodeDisc, color: string, width: number): void {
  context.beginPath();
  context.arc(disc.x, disc.y, disc.radius + width / 2 + 1, 0, 2 * Math.PI);
  context.lineWidth = width;
  context.strokeStyle = color;
  context.stroke();
}

/**
 * The drawing: a graphology graph that only grows as neighbourhoods merge into it, drawn by sigma.js.
 * A node keeps the x/y it was given when it first appeared, so expanding never moves what is already drawn.
 * Sigma draws nodes and edges; this view writes the labels itself (label-layout.ts), so that none overlap.
 */
export class GraphView {
  private readonly graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  private readonly renderer: Sigma<NodeAttributes, EdgeAttributes>;
  private selected: string | undefined;
  /** The node the first neighbourhood was loaded for: drawn whatever the filters hide around it. */
  private center: string | undefined;
  private hoveredEdge: string | undefined;
  private path: { nodeIds: Set<string>; edgeIds: Set<string> } | undefined;
  private hiddenEdges = new Set<string>();
  private hiddenNodes = new Set<string>();
  /** Where nodes stood before a redraw that should keep them there (a move of the time slider). */
  private places = new Map<string, Point>();
  private labelOrder: LabelEntry[] | undefined;
  private placedLabels: PlacedLabel[] = [];
  private readonly contestedRings = new Map<string, number>();

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.renderer = new Sigma(this.graph, container, {
      defaultEdgeType: 'arrow',
      enableEdgeEvents: true,
      renderLabels: false,
      renderEdgeLabels: false,
      labelFont,
      labelSize,
      zIndex: true,
      defaultDrawNodeHover: (context, data) => {
        if (data.label) writeCard(context, data.label, data.x + data.size + 3, data.y, this.renderer.getDimensions());
      },
      nodeReducer: (nodeId, attributes) => this.nodeDisplay(nodeId, attributes),
      edgeReducer: (edgeId, attributes) => this.edgeDisplay(edgeId, attributes),
    });
    this.renderer.on('afterRender', () => this.drawOverlay());
    this.renderer.on('clickNode', ({ node }) => events.nodeClicked(node));
    this.renderer.on('clickEdge', ({ edge }) => events.edgeClicked(edge));
    for (const [event, cursor] of [['enterNode', 'pointer'], ['leaveNode', ''], ['enterEdge', 'pointer'], ['leaveEdge', '']] as const) {
      this.renderer.on(event, () => {
        container.style.cursor = cursor;
      });
    }
    this.renderer.on('enterEdge', ({ edge }) => this.hoverEdge(edge));
    this.renderer.on('leaveEdge', () => this.hoverEdge(undefined));
  }

  /** Empties the drawing; with `keepPlaces`, nodes drawn again later return to where they stood. */
  clear(keepPlaces = false): void {
    this.places = keepPlaces ? new Map(this.graph.mapNodes((nodeId, { x, y }) => [nodeId, { x, y }] as const)) : new Map();
    this.graph.clear();
    this.path = undefined;
    this.selected = undefined;
    this.hoveredEdge = undefined;
    this.labelOrder = undefined;
  }

  /**
   * Adds the nodes and edges not drawn yet. The first neighbourhood is laid out with ForceAtlas2 (around the places
   * kept from before a redraw); later ones place only their new nodes, on an arc around the node they were loaded
   * for, facing away from the rest.
   */
  merge(answer: Pick<GraphAnswer, 'nodes' | 'edges'>, around: string, moreCounts: ReadonlyMap<string, number> = new Map()): void {
    const firstDrawing = this.graph.order === 0;
    if (firstDrawing) this.center = around;
    const newNodes = answer.nodes.filter((node) => !this.graph.hasNode(node.id));
    const anchor = this.graph.hasNode(around) ? this.graph.getNodeAttributes(around) : { x: 0, y: 0 };
    const placements = firstDrawing ? this.ringPlacements(newNodes, around) : this.arcPlacements(newNodes.length, anchor);
    const unplaced = newNodes.some((node) => !this.places.has(node.id));
    newNodes.forEach((node, index) => {
      const kept = this.places.get(node.id);
      const { x, y } = kept ?? placements[index] ?? anchor;
      this.graph.addNode(node.id, { x, y, ...nodeLook(node, 0), label: drawnLabel(node, 0), node, more: 0, fixed: kept !== undefined });
    });
    for (const edge of answer.edges) {
      if (this.graph.hasEdge(edge.id) || !this.graph.hasNode(edge.source) || !this.graph.hasNode(edge.target)) continue;
      const style = edgeStyle(edge.type);
      this.graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { size: style.size, color: style.color, edge });
    }
    if (firstDrawing && this.graph.order > 2 && unplaced) {
      const large = this.graph.order > largeGraph;
      forceAtlas2.assign(this.graph, {
        iterations: large ? 60 : 150,
        settings: { ...forceAtlas2.inferSettings(this.graph), adjustSizes: true, barnesHutOptimize: large },
      });
    }
    this.graph.forEachNode((nodeId, { node }) => {
      this.graph.removeNodeAttribute(nodeId, 'fixed');
      this.graph.mergeNodeAttributes(nodeId, nodeLook(node, this.challenges(nodeId)));
    });
    for (const [nodeId, more] of moreCounts) {
      if (!this.graph.hasNode(nodeId)) continue;
      this.graph.mergeNodeAttributes(nodeId, { more, label: drawnLabel(this.graph.getNodeAttribute(nodeId, 'node'), more) });
    }
    this.labelOrder = undefined;
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

  /** Hides these edges (left out by the filters or the time slider), these nodes, and the nodes all of whose edges are hidden. */
  hide(edgeIds: Iterable<string>, nodeIds: Iterable<string> = []): void {
    this.hiddenEdges = new Set(edgeIds);
    this.hiddenNodes = new Set(nodeIds);
    this.renderer.refresh();
  }

  private hoverEdge(edgeId: string | undefined): void {
    this.hoveredEdge = edgeId;
    this.renderer.refresh({ skipIndexation: true });
  }

  private isHidden(nodeId: string): boolean {
    if (nodeId === this.selected || nodeId === this.center) return false;
    if (this.hiddenNodes.has(nodeId)) return true;
    return this.hiddenEdges.size > 0 && this.graph.degree(nodeId) > 0 && this.graph.everyEdge(nodeId, (edgeId) => this.hiddenEdges.has(edgeId));
  }

  private nodeDisplay(nodeId: string, attributes: NodeAttributes): Partial<NodeDisplayData> {
    const display: Partial<NodeDisplayData> = { ...attributes };
    if (this.isHidden(nodeId)) display.hidden = true;
    if (this.path && !this.path.nodeIds.has(nodeId)) Object.assign(display, { color: dimmedColor, zIndex: 0 });
    if (this.path?.nodeIds.has(nodeId)) Object.assign(display, { zIndex: 1 });
    if (nodeId === this.selected) Object.assign(display, { size: attributes.size + 2, zIndex: 2 });
    return display;
  }

  private edgeDisplay(edgeId: string, attributes: EdgeAttributes): Partial<EdgeDisplayData> {
    const display: Partial<EdgeDisplayData> = { ...attributes };
    const { source, target } = attributes.edge;
    if (this.hiddenEdges.has(edgeId) || this.hiddenNodes.has(source) || this.hiddenNodes.has(target)) display.hidden = true;
    if (this.path) {
      Object.assign(display, this.path.edgeIds.has(edgeId) ? { color: pathColor, size: 5, zIndex: 1 } : { color: dimmedColor, zIndex: 0 });
    }
    if (edgeId === this.hoveredEdge) Object.assign(display, { size: attributes.size + 2, zIndex: 2 });
    if (edgeId === this.selected) Object.assign(display, { color: pathColor, size: attributes.size + 3, zIndex: 2 });
    return display;
  }

  /** The nodes in order of whose label matters most: the best connected first, entities before statements. */
  private labelPriority(): LabelEntry[] {
    this.labelOrder ??= this.graph
      .nodes()
      .sort((first, second) => {
        const byDegree = this.graph.degree(second) - this.graph.degree(first);
        if (byDegree !== 0) return byDegree;
        const byKind = (kindRank[this.graph.getNodeAttribute(first, 'node').kind] ?? 9) - (kindRank[this.graph.getNodeAttribute(second, 'node').kind] ?? 9);
        return byKind !== 0 ? byKind : first.localeCompare(second);
      })
      .map((nodeId) => {
        const { label } = this.graph.getNodeAttributes(nodeId);
        return { id: nodeId, label, short: shortLabel(label, shortLabelLength), challenges: this.challenges(nodeId) };
      });
    return this.labelOrder;
  }

  private challenges(nodeId: string): number {
    return challengesOf(this.graph.getNodeAttribute(nodeId, 'node'), this.graph.mapEdges(nodeId, (_edgeId, { edge }) => edge));
  }

  /** Whether the drawing is being dragged, zoomed or animated: a large one then writes only the labels it must. */
  private moving(): boolean {
    const captor = this.renderer.getMouseCaptor();
    return captor.isMoving || captor.draggedEvents > 0 || captor.currentWheelDirection !== 0 || this.renderer.getCamera().isAnimated();
  }

  /**
   * After sigma has drawn a frame: a ring around each contested statement and the selection, the labels that find
   * room, and the hovered edge's description, on sigma's label canvas. While a large drawing moves, only the labels
   * that must stay (the selection, a path, the hovered edge's ends); sigma draws once more when it stops.
   */
  private drawOverlay(): void {
    const context = this.renderer.getCanvases().labels?.getContext('2d');
    if (!context) return;
    const area = this.renderer.getDimensions();
    const hovered = this.hoveredEdge && this.graph.hasEdge(this.hoveredEdge) ? this.graph.getEdgeAttribute(this.hoveredEdge, 'edge') : undefined;
    const forced = (nodeId: string): boolean => nodeId === this.selected || (this.path?.nodeIds.has(nodeId) ?? false);
    const needed = (nodeId: string): boolean => forced(nodeId) || nodeId === hovered?.source || nodeId === hovered?.target;
    const onlyNeeded = this.graph.order > largeGraph && this.moving();
    const onScreen = new Map<string, NodeDisc & { entry: LabelEntry }>();
    for (const entry of this.labelPriority()) {
      if (onlyNeeded && !needed(entry.id)) continue;
      const display = this.renderer.getNodeDisplayData(entry.id);
      if (!display || display.hidden) continue;
      const { x, y } = this.renderer.framedGraphToViewport(display);
      const radius = this.renderer.scaleSize(display.size);
      if (x + radius < 0 || y + radius < 0 || x - radius > area.width || y - radius > area.height) continue;
      onScreen.set(entry.id, { id: entry.id, x, y, radius, entry });
    }
    this.contestedRings.clear();
    for (const disc of onScreen.values()) {
      if (disc.entry.challenges > 0 && !this.path) {
        const width = contestedRingWidth(disc.entry.challenges);
        ring(context, disc, contestedRing.color, width);
        this.contestedRings.set(disc.id, width);
      }
      if (disc.id === this.selected) ring(context, disc, pathColor, 2);
    }
    const dimmed = (nodeId: string): boolean => this.path !== undefined && !this.path.nodeIds.has(nodeId);
    const candidates: LabelCandidate[] = [];
    for (const disc of onScreen.values()) {
      if (!forced(disc.id)) continue;
      // A forced label is written whole where it fits beside its node, else cut to the wider side's room.
      const room = Math.max(area.width - disc.x - disc.radius, disc.x - disc.radius) - 4;
      const text = fitText(context, disc.entry.label, room);
      candidates.push({ id: disc.id, x: disc.x, y: disc.y, radius: disc.radius, text, width: textWidth(context, text), forced: true });
    }
    if (!onlyNeeded) {
      for (const disc of onScreen.values()) {
        if (candidates.length >= maxLabelCandidates) break;
        if (forced(disc.id) || dimmed(disc.id)) continue;
        const text = disc.entry.short;
        candidates.push({ id: disc.id, x: disc.x, y: disc.y, radius: disc.radius, text, width: textWidth(context, text), forced: false });
      }
    }
    this.placedLabels = placeLabels(candidates, [...onScreen.values()], area, labelLineHeight);
    for (const label of this.placedLabels) writeLabel(context, label.text, label.box);
    const [from, to] = hovered ? [onScreen.get(hovered.source), onScreen.get(hovered.target)] : [];
    if (hovered && from && to) {
      writeCard(context, edgeDescription(hovered, (nodeId) => this.node(nodeId)?.label ?? nodeId), (from.x + to.x) / 2, (from.y + to.y) / 2, area);
    }
  }

  hasNode = (nodeId: string): boolean => this.graph.hasNode(nodeId);
  /** The labels written in the last frame, with their boxes in CSS pixels from the canvas's top left corner. */
  labels = (): PlacedLabel[] => this.placedLabels;
  /** How a node is drawn: its fill, its size, and the width of the contested ring the last frame drew around it (0 for none). */
  look = (nodeId: string): { color: string; size: number; ring: number } | undefined => {
    if (!this.graph.hasNode(nodeId)) return undefined;
    const { color, size } = this.graph.getNodeAttributes(nodeId);
    return { color, size, ring: this.contestedRings.get(nodeId) ?? 0 };
  };
  visibleNodeIds = (): string[] => this.graph.filterNodes((nodeId) => !this.isHidden(nodeId));
  visibleEdges = (): GraphEdge[] =>
    this.graph.filterEdges((edgeId, { edge }) => !this.hiddenEdges.has(edgeId) && !this.isHidden(edge.source) && !this.isHidden(edge.target)).map((edgeId) => this.graph.getEdgeAttribute(edgeId, 'edge'));
  visibleNodes = (): GraphNode[] => this.visibleNodeIds().map((nodeId) => this.graph.getNodeAttribute(nodeId, 'node'));
  /** The size of the drawing in CSS pixels. */
  dimensions = (): { width: number; height: number } => this.renderer.getDimensions();
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
