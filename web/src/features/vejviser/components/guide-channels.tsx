import { collator } from '../../../lib/collator';
import { DanishText } from '../../../i18n/danish-text';
import type { Guide, GuideChannel as Channel } from '../api/types';
import { tv } from '../i18n';
import { GuideChannel } from './guide-channel';

/** Every channel the guide names, once: from the steps, the GP section and MedCom. */
function channelsOf(guide: Guide): Channel[] {
  const byId = new Map<string, Channel>();
  const add = (c: Channel | null | undefined) => {
    if (c && !byId.has(c.id)) byId.set(c.id, c);
  };
  add(guide.medcom.channel);
  // The websites too, so each is listed once here with its address, whether or not a step names it.
  for (const w of guide.websites ?? []) add(w);
  for (const c of guide.generalPractice.contacts) c.channels.forEach(add);
  for (const r of guide.generalPractice.routes) add(r.channel);
  for (const p of guide.pathways)
    for (const s of p.steps) {
      for (const c of s.contacts) c.channels.forEach(add);
      for (const r of s.routes) add(r.channel);
    }
  return [...byId.values()].sort((a, b) => collator.compare(a.providedBy.name, b.providedBy.name) || collator.compare(a.name, b.name));
}

/** The channels with their times and rules, so the steps above can stay one line per way in. */
export function GuideChannels({ guide }: { guide: Guide }) {
  const channels = channelsOf(guide);
  return (
    <section id="guide-channels" className="guide-box" aria-labelledby="guide-channels-title" data-testid="guide-channels">
      <h3 id="guide-channels-title">{tv('channels.heading')}</h3>
      <ul className="guide-list guide-channels">
        {channels.map((c) => (
          <li key={c.id} data-testid="guide-channel" data-id={c.id}>
            <DanishText>
              <strong>{c.providedBy.name}</strong>: {c.name}
            </DanishText>
            <div>
              <GuideChannel channel={c} />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
