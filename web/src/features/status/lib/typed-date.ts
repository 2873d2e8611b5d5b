// The API's own rule for typed dates, so the form accepts exactly what the API accepts.
export { parseDanishDate } from '../../../../../api/src/domain/danish-input';
