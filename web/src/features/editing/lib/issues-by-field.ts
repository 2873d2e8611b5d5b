import type { FieldIssue } from '../api/request';
import { issueText } from './issue-text';

/** Where an issue goes: `properties.email` beside "email", `fromId` beside the picker; the rest on top. */
export const FORM_LEVEL = '_form';

export function issuesByField(issues: FieldIssue[], fieldNames: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const path = issue.field.startsWith('properties.') ? issue.field.slice('properties.'.length) : issue.field;
    const head = path.split('.')[0]!;
    const key = fieldNames.includes(head) || head === 'fromId' || head === 'toId' ? head : FORM_LEVEL;
    const text = key === FORM_LEVEL && head !== 'properties' ? `${issue.field}: ${issueText(issue.message)}` : issueText(issue.message);
    (out[key] ??= []).push(text);
  }
  return out;
}
