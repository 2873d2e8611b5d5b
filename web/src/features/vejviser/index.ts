/** The guides per municipality (vejviser): for families at /vejviser/:municipalityId, for professionals at …/fagpersoner. */
export { VejviserProfessionalScreen, VejviserScreen } from './components/vejviser-screen';
