// What the app's entry may start before the map's screen has loaded (routes.tsx): no Cytoscape
// and no component here, so importing it keeps the map's chunk lazy.
export { preloadGraph } from './api/get-graph';
