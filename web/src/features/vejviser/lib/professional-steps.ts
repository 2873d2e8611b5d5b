import type { Guide, GuidePathway, GuideStep } from '../api/types';

/** A step as the professionals' guide prints it: once for every pathway whose answer there is the same. */
export interface StepGroup {
  step: GuideStep;
  pathways: GuidePathway[];
}

/** What a step answers: its name, the contacts (person and rank) and the ways in (channel), in order. */
const answerKey = (s: GuideStep) =>
  JSON.stringify([s.name, s.description, s.contacts.map((c) => [c.person.id, c.role]), s.routes.map((r) => [r.organisation.id, r.channel.id])]);

/**
 * Steps 1–4 with the pathways grouped by identical answers, in step order. Three pathways with the
 * same four ways in at every step print as four steps, not twelve.
 */
export function groupSteps(guide: Guide): StepGroup[] {
  const groups = new Map<string, StepGroup>();
  for (const pathway of guide.pathways)
    for (const step of pathway.steps) {
      const key = `${step.number}\u0000${answerKey(step)}`;
      const g = groups.get(key);
      if (g) g.pathways.push(pathway);
      else groups.set(key, { step, pathways: [pathway] });
    }
  return [...groups.values()].sort((a, b) => a.step.number - b.step.number);
}
