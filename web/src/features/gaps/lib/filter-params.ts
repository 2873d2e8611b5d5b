import type { Severity } from '../api/types';
import { SEVERITIES } from './group-findings';

/** Address parameters for the finding filters, so a filtered report can be shared like its scope. */
const SEVERITY_PARAM = 'alvor';
const RULE_PARAM = 'regel';

export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** '' for every rule. */
  ruleId: string;
}

export const ALL_FINDINGS: FindingFilter = { severities: new Set(SEVERITIES), ruleId: '' };

export function readFilter(params: URLSearchParams): FindingFilter {
  const raw = params.get(SEVERITY_PARAM);
  const severities = raw === null ? SEVERITIES : SEVERITIES.filter((s) => raw.split(',').includes(s));
  return { severities: new Set(severities), ruleId: params.get(RULE_PARAM) ?? '' };
}

/** `params` with `filter` written in; the defaults (everything shown) leave the address clean. */
export function writeFilter(params: URLSearchParams, filter: FindingFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  if (filter.severities.size === SEVERITIES.length) next.delete(SEVERITY_PARAM);
  else next.set(SEVERITY_PARAM, SEVERITIES.filter((s) => filter.severities.has(s)).join(','));
  if (filter.ruleId) next.set(RULE_PARAM, filter.ruleId);
  else next.delete(RULE_PARAM);
  return next;
}
