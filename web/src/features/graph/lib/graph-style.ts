import type { StylesheetJson } from 'cytoscape';
import {
  EDGE_STYLES,
  KIND_SHAPES,
  LABEL_SHAPES,
  SECTOR_COLOURS,
  STATE_COLOURS,
  STATUS_LEVEL_COLOURS,
  DEFAULT_EDGE,
  DEFAULT_SHAPE,
} from './visual-encoding';

/** Organisation kinds whose names stay readable when zoomed out: the structure's landmarks. */
const PROMINENT_KINDS = ['REGION', 'HOSPITAL', 'HOSPITAL_DEPARTMENT', 'MUNICIPALITY', 'GP_ORGANISATION', 'NATIONAL_BODY'];

/**
 * The map's stylesheet as data, generated from the visual-encoding tables. Later rules win, so
 * the order is: defaults, sector colour, label shape, organisation-kind shape, compound frames,
 * edge types, then the state classes (.hover, .highlighted, .faded, .selected).
 */
export function buildGraphStyle(): StylesheetJson {
  const style: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        shape: DEFAULT_SHAPE.shape,
        width: DEFAULT_SHAPE.size,
        height: DEFAULT_SHAPE.size,
        'background-color': SECTOR_COLOURS.NONE!,
        'border-width': 1.5,
        'border-color': '#ffffff',
        color: STATE_COLOURS.text,
        'font-family': 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
        'font-size': 11,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '120px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        // Small labels disappear when zoomed out; the structure's main nodes keep theirs longer.
        'min-zoomed-font-size': 7,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
  ];

  for (const [sector, colour] of Object.entries(SECTOR_COLOURS)) {
    style.push({ selector: `node[sector = "${sector}"]`, style: { 'background-color': colour } });
  }
  for (const [label, rule] of Object.entries(LABEL_SHAPES)) {
    style.push({ selector: `node[label = "${label}"]`, style: { shape: rule.shape, width: rule.size, height: rule.size } });
  }
  for (const [kind, rule] of Object.entries(KIND_SHAPES)) {
    style.push({
      selector: `node[label = "Organisation"][kind = "${kind}"]`,
      style: { shape: rule.shape, width: rule.size, height: rule.size },
    });
  }

  for (const kind of PROMINENT_KINDS) {
    style.push({ selector: `node[label = "Organisation"][kind = "${kind}"]`, style: { 'font-size': 16, 'font-weight': 'bold', 'text-wrap': 'wrap', 'text-max-width': '170px' } });
  }

  // Compound nodes (a cluster with its municipalities and hospital): a light frame, name on top.
  style.push({
    selector: ':parent',
    style: {
      shape: 'round-rectangle',
      'background-color': STATE_COLOURS.clusterFill,
      'background-opacity': 1,
      'border-width': 1.5,
      'border-style': 'dashed',
      'border-color': STATE_COLOURS.clusterBorder,
      padding: '14px',
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'font-size': 20,
      'font-weight': 'bold',
      'text-wrap': 'wrap',
      'text-max-width': '300px',
    },
  });

  style.push({
    selector: 'edge',
    style: {
      width: DEFAULT_EDGE.width,
      'line-color': DEFAULT_EDGE.colour,
      'line-style': DEFAULT_EDGE.lineStyle,
      'target-arrow-shape': DEFAULT_EDGE.arrow,
      'target-arrow-color': DEFAULT_EDGE.colour,
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      opacity: 0.85,
      'transition-property': 'opacity',
      'transition-duration': 150,
    },
  });
  for (const [type, rule] of Object.entries(EDGE_STYLES)) {
    style.push({
      selector: `edge[type = "${type}"]`,
      style: {
        width: rule.width,
        'line-color': rule.colour,
        'line-style': rule.lineStyle,
        'target-arrow-shape': rule.arrow,
        'target-arrow-color': rule.colour,
      },
    });
  }
  for (const [level, colour] of Object.entries(STATUS_LEVEL_COLOURS)) {
    style.push({ selector: `edge[type = "STATUS"][level = "${level}"]`, style: { 'line-color': colour, 'target-arrow-color': colour } });
  }

  // Context: hidden by the filters, shown around the selection; drawn above the frames.
  style.push(
    { selector: 'node[?context]', style: { 'border-width': 2.5, 'border-style': 'dashed', 'border-color': '#374151', 'z-compound-depth': 'top' } },
    { selector: 'edge[?context]', style: { 'z-compound-depth': 'top' } },
  );

  style.push(
    { selector: 'node.hover', style: { 'border-width': 3, 'border-color': STATE_COLOURS.highlighted } },
    { selector: 'node.highlighted', style: { 'border-width': 3, 'border-color': STATE_COLOURS.highlighted, 'z-index': 10 } },
    { selector: 'edge.highlighted', style: { opacity: 1, width: 3, 'z-index': 10 } },
    { selector: 'node.faded', style: { opacity: 0.25, 'text-opacity': 0.4 } },
    { selector: 'edge.faded', style: { opacity: 0.1 } },
    {
      selector: 'node.selected',
      style: {
        'border-width': 4,
        'border-color': STATE_COLOURS.highlighted,
        'underlay-color': STATE_COLOURS.selected,
        'underlay-padding': 8,
        'underlay-opacity': 0.85,
        'underlay-shape': 'ellipse',
        'font-weight': 'bold',
        'z-index': 20,
      },
    },
    { selector: ':parent.selected', style: { 'underlay-shape': 'round-rectangle', 'underlay-padding': 4 } },
    // The path between two actors: a broad glow under its nodes and edges, the edge keeping its relation's style.
    {
      selector: 'node.on-path',
      style: {
        'border-width': 3,
        'border-color': STATE_COLOURS.highlighted,
        'underlay-color': STATE_COLOURS.path,
        'underlay-padding': 7,
        'underlay-opacity': 0.75,
        'underlay-shape': 'ellipse',
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
        'z-index': 30,
        'z-compound-depth': 'top',
      },
    },
    { selector: 'node.path-end', style: { 'border-width': 5, 'underlay-padding': 11, 'underlay-opacity': 0.95 } },
    {
      selector: 'edge.on-path',
      style: {
        width: 4,
        opacity: 1,
        'underlay-color': STATE_COLOURS.path,
        'underlay-padding': 5,
        'underlay-opacity': 0.75,
        'z-index': 30,
        'z-compound-depth': 'top',
      },
    },
  );
  return style;
}
