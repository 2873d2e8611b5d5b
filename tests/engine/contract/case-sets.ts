import type { CaseSet } from './contract-case.js';
import { fixtureCases } from './fixture-cases.js';

/** Every group of contract cases; a new module adds its file here. */
export const CASE_SETS: CaseSet[] = [
  { name: 'foundation, accounts, editing, transfer', dataset: 'fixture', cases: fixtureCases },
];
