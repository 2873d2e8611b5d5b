/** The printable guide per municipality (vejviser), at /vejviser and /vejviser/:municipalityId. */
export { VejviserScreen } from './components/vejviser-screen';
