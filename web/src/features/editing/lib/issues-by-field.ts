import { issueInLanguage, type FieldIssue } from '../../../lib/graphql-client';
import { issueText } from './issue-text';

/** Where an issue goes: `properties.email` beside "email", `fromId` beside the picker; the rest on top. */
export const FORM_LEVEL = '_form';

export function issuesByField(issues: FieldIssue[], fieldNames: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const path = issue.field.startsWith('properties.') ? issue.field.slice('properties.'.length) : issue.field;
    const head = path.split('.')[0]!;
    const key = fieldNames.includes(head) || head === 'fromId' || head === 'toId' ? head : FORM_LEVEL;
    // The API words each issue in both languages; issueText only for an answer without Danish.
    const said = issue.da === undefined ? issueText(issue.message) : issueInLanguage(issue);
    const text = key === FORM_LEVEL && head !== 'properties' ? `${issue.field}: ${said}` : said;
    out[key] = [...(out[key] ?? []), text];
  }
  return out;
}
