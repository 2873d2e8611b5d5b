/** Gaps: findings of the gap rules and the representation matrix, at /huller. */
export { GapsScreen } from './components/gaps-screen';
