import type { Core, Layouts, LayoutOptions } from 'cytoscape';

/** fcose's own options (the extension ships no types). */
interface FcoseOptions {
  name: 'fcose';
  quality: 'draft' | 'default' | 'proof';
  randomize: boolean;
  animate: boolean;
  fit: boolean;
  padding: number;
  nodeDimensionsIncludeLabels: boolean;
  uniformNodeDimensions: boolean;
  packComponents: boolean;
  nodeRepulsion: number;
  idealEdgeLength: number;
  edgeElasticity: number;
  nestingFactor: number;
  gravity: number;
  gravityCompound: number;
  gravityRangeCompound: number;
  numIter: number;
  tile: boolean;
  tilingPaddingVertical: number;
  tilingPaddingHorizontal: number;
}

/**
 * Tuned on the Central Denmark data (about 130 nodes in the default view, 555 with everything):
 * strong compound gravity keeps the cluster frames compact although their members are linked to
 * hubs outside them (the GP organisation, the agreements, BUA's advisory channels).
 */
const FCOSE: Omit<FcoseOptions, 'randomize'> = {
  name: 'fcose',
  quality: 'proof',
  animate: false,
  fit: true,
  padding: 30,
  nodeDimensionsIncludeLabels: true,
  uniformNodeDimensions: false,
  packComponents: true,
  nodeRepulsion: 4500,
  idealEdgeLength: 70,
  edgeElasticity: 0.45,
  nestingFactor: 0.1,
  gravity: 0.5,
  gravityCompound: 6,
  gravityRangeCompound: 0.8,
  numIter: 5000,
  // Members of a frame without edges among themselves are tiled inside it.
  tile: true,
  tilingPaddingVertical: 12,
  tilingPaddingHorizontal: 12,
};

/**
 * Above this many elements the proof-quality refinement costs seconds (about 5 s for the
 * national 2,000-element view in Chromium) for little visible gain: the default quality
 * converges in a fraction of that. Positions are cached per element set either way.
 */
const LARGE_VIEW = 1200;
const LARGE: Partial<FcoseOptions> = { quality: 'default', numIter: 1500, nodeDimensionsIncludeLabels: false };

/**
 * An fcose layout over the whole graph, not yet running. `randomize` false starts from the
 * current positions, so an incremental re-layout after a filter change keeps the picture.
 */
export function createLayout(cy: Core, randomize: boolean): Layouts {
  const large = cy.elements().length > LARGE_VIEW;
  const options: FcoseOptions = { ...FCOSE, randomize, ...(large ? LARGE : {}) };
  return cy.layout(options as unknown as LayoutOptions);
}
