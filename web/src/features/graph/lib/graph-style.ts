import type { StylesheetJson } from 'cytoscape';
import { EDGE_LABEL_FONT } from './label-lod';
import { MARK_STYLE } from './mark-style';
import { MIN_LABEL_PX, STATE_COLOURS } from './visual-encoding';

/**
 * The map's stylesheet as data. Few rules and few properties on purpose: with 2,000 elements,
 * Cytoscape's style pass costs about 0.4 ms per element and grows with every property applied
 * (which is also why the fading has no transition).
 * Colour, shape, size and edge style come from the visual-encoding
 * tables through each element's data (toElements looks them up), so a few rules serve every
 * kind. Later rules win: defaults, landmarks, cluster frames, edges, then the state classes
 * (.hover, .highlighted, .faded, .selected, .on-path).
 */
export function buildGraphStyle(): StylesheetJson {
  const style: StylesheetJson = [
    {
      selector: 'node',
      style: {
        label: 'data(display)',
        // Every node carries its drawing (toElements): one rule, no per-kind selectors.
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        'background-color': 'data(colour)',
        'border-width': 1.5,
        'border-color': '#ffffff',
        color: STATE_COLOURS.text,
        'font-family': 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
        // Level of detail: each node's tier sets its font size (toElements), and a label under
        // MIN_LABEL_PX on screen is not drawn, so labels appear by priority as one zooms in.
        'font-size': 'data(fontSize)',
        'font-weight': 'data(fontWeight)' as never,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 3,
        'text-wrap': 'ellipsis',
        // The band layout leaves exactly this much room for the label.
        'text-max-width': 'data(labelWidth)' as never,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': MIN_LABEL_PX,
      },
    },
  ];

  // A label another, more important one would overlap (label-cull.ts): drawn from closer in, in the hover card.
  style.push({ selector: 'node.label-culled, node.lod-hidden', style: { 'text-opacity': 0 } });

  // Cluster frames (a cluster with its municipalities and hospital): a light box, name on top. A
  // plain node sized by the band layout (frameBoxes) and drawn under everything else, not a
  // compound parent: with compound nodes every style property of every member dirtied the
  // member, its frame and their edges (Cytoscape's dirtyStyleCache), seconds at national scale.
  style.push({
    selector: 'node[?isFrame]',
    style: {
      shape: 'round-rectangle',
      width: 'data(frameWidth)',
      height: 'data(frameHeight)',
      'background-color': STATE_COLOURS.clusterFill,
      'border-width': 1.5,
      'border-style': 'dashed',
      'border-color': STATE_COLOURS.clusterBorder,
      'text-valign': 'top',
      'text-margin-y': -6,
      color: STATE_COLOURS.clusterText,
      'text-wrap': 'none',
      'z-compound-depth': 'bottom',
    },
  });

  style.push({
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': 'data(colour)',
      'line-style': 'data(lineStyle)' as never,
      'target-arrow-shape': 'data(arrow)' as never,
      'target-arrow-color': 'data(colour)',
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      opacity: 0.85,
      'font-family': 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
    },
  });
  // An aggregate edge (aggregate-edges.ts) says how many it stands for.
  style.push({
    selector: 'edge[count > 1]',
    style: {
      label: 'data(countLabel)',
      'font-size': EDGE_LABEL_FONT,
      'font-weight': 'bold',
      color: STATE_COLOURS.text,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': '2px',
      'min-zoomed-font-size': MIN_LABEL_PX,
    },
  });
  style.push({ selector: 'edge.label-culled, edge.lod-hidden', style: { 'text-opacity': 0, 'text-background-opacity': 0 } });

  // Pinned: stays whatever the filters say.
  style.push({ selector: 'node[?pinned]', style: { 'border-width': 4, 'border-style': 'double', 'border-color': '#111827' } });

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
    // Evidence of a gap finding, what-if marks (mark-style.ts): never faded, under the selection and the path.
    ...MARK_STYLE,
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
    { selector: 'node[?isFrame].selected', style: { 'underlay-shape': 'round-rectangle', 'underlay-padding': 4 } },
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
        // The path's stops are named in full and larger (readable from zoom 0.39, and the path is
        // fitted to the screen): they are the story being told.
        'min-zoomed-font-size': 0,
        'font-size': 26,
        'text-opacity': 1,
        'text-wrap': 'wrap',
        'text-max-width': '300px',
        'z-index': 30,
        'z-compound-depth': 'top',
      },
    },
    { selector: 'node.path-end', style: { 'border-width': 5, 'underlay-padding': 11, 'underlay-opacity': 0.95 } },
    // Two stops of the path whose names would overlap: the one culled (the ends win) is named in the panel.
    { selector: 'node.on-path.label-culled', style: { 'text-opacity': 0 } },
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
