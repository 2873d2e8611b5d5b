import type { StylesheetJson } from 'cytoscape';

/**
 * How marks (marks.ts) are drawn: after the fading rules, so a marked element is never faded,
 * and before the selection and path rules, which win where they meet. Each mark differs in
 * more than colour (width and style of the border), for readers who do not tell the colours apart.
 */
export const MARK_COLOURS = { evidence: '#b45309', atRisk: '#b91c1c', removed: '#374151' } as const;

export const MARK_STYLE: StylesheetJson = [
  {
    selector: 'node[mark = "evidence"]',
    style: {
      opacity: 1,
      'text-opacity': 1,
      'border-width': 4,
      'border-style': 'solid',
      'border-color': MARK_COLOURS.evidence,
      'underlay-color': '#f59e0b',
      'underlay-padding': 7,
      'underlay-opacity': 0.55,
      'underlay-shape': 'ellipse',
      'z-index': 15,
    },
  },
  {
    selector: 'edge[mark = "evidence"]',
    style: { opacity: 1, width: 4, 'line-color': MARK_COLOURS.evidence, 'target-arrow-color': MARK_COLOURS.evidence, 'z-index': 15 },
  },
  {
    selector: 'node[mark = "at-risk"]',
    style: {
      opacity: 1,
      'text-opacity': 1,
      'border-width': 5,
      'border-style': 'solid',
      'border-color': MARK_COLOURS.atRisk,
      'underlay-color': '#fca5a5',
      'underlay-padding': 7,
      'underlay-opacity': 0.6,
      'underlay-shape': 'ellipse',
      'z-index': 15,
    },
  },
  {
    selector: 'node[mark = "removed"]',
    style: { opacity: 0.45, 'text-opacity': 1, 'border-width': 4, 'border-style': 'dashed', 'border-color': MARK_COLOURS.removed, 'z-index': 15 },
  },
];
