export { GraphExplorer } from './components/graph-explorer';
