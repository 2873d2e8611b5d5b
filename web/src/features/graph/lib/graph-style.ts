import type { StylesheetJson } from 'cytoscape';
import { STATE_COLOURS } from './visual-encoding';

/**
 * The map's stylesheet as data. Few rules and few properties on purpose: with 2,000 elements,
 * Cytoscape's style pass costs about 0.4 ms per element and grows with every property applied
 * (which is also why the fading has no transition).
 * Colour, shape, size and edge style come from the visual-encoding
 * tables through each element's data (toElements looks them up), so a few rules serve every
 * kind. Later rules win: defaults, landmarks, compound frames, edges, then the state classes
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
      },
    },
  ];

  style.push({ selector: 'node[?prominent]', style: { 'font-size': 16, 'font-weight': 'bold', 'text-wrap': 'wrap', 'text-max-width': '170px' } });

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
      width: 'data(width)',
      'line-color': 'data(colour)',
      'line-style': 'data(lineStyle)' as never,
      'target-arrow-shape': 'data(arrow)' as never,
      'target-arrow-color': 'data(colour)',
      'arrow-scale': 0.9,
      'curve-style': 'bezier',
      opacity: 0.85,
    },
  });

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
