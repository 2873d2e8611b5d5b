import type { ContactSide } from '../api/types';

/**
 * The question in the address (Danish parameter names, like the map's), so an answer can be
 * shared and back/forward step through questions.
 */
export const PARAM = { workplace: 'fra', pathway: 'forloeb', topic: 'emne', step: 'trin', side: 'hos' } as const;

/** The other side in the address, in Danish words: ?hos=bua, ?hos=kommunen, ?hos=almen-praksis. */
export const SIDE_PARAM: Record<ContactSide, string> = { REGION: 'bua', MUNICIPALITY: 'kommunen', GENERAL_PRACTICE: 'almen-praksis' };
const SIDE_OF_PARAM = new Map(Object.entries(SIDE_PARAM).map(([side, word]) => [word, side as ContactSide]));

export interface QuestionState {
  workplaceId: string | null;
  pathwayId: string | null;
  topic: string | null;
  step: number | null;
  side: ContactSide | null;
}

export function readQuestion(params: URLSearchParams): QuestionState {
  const step = Number.parseInt(params.get(PARAM.step) ?? '', 10);
  return {
    workplaceId: params.get(PARAM.workplace) || null,
    pathwayId: params.get(PARAM.pathway) || null,
    topic: params.get(PARAM.topic)?.trim() || null,
    step: step >= 1 && step <= 4 ? step : null,
    side: SIDE_OF_PARAM.get(params.get(PARAM.side) ?? '') ?? null,
  };
}

export function writeQuestion(prev: URLSearchParams, change: Partial<QuestionState>): URLSearchParams {
  const next = new URLSearchParams(prev);
  const set = (name: string, value: string | number | null | undefined) => {
    if (value === undefined) return;
    if (value === null || value === '') next.delete(name);
    else next.set(name, String(value));
  };
  set(PARAM.workplace, change.workplaceId);
  set(PARAM.pathway, change.pathwayId);
  set(PARAM.topic, change.topic);
  set(PARAM.step, change.step);
  set(PARAM.side, change.side === undefined ? undefined : change.side === null ? null : SIDE_PARAM[change.side]);
  return next;
}
