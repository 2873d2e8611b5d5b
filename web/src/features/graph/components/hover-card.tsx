import { tg } from '../i18n';

export interface HoverTarget {
  name: string;
  /** Kind or label, in words. */
  kind: string;
  /** Sector in words, or null without one. */
  sector: string | null;
  colour: string;
  /** What it belongs to, nearest first (a unit's municipality, then its cluster). */
  parents: string[];
  /** Its most important links, in words ("Betjener: Horsens Kommune"). */
  links: string[];
  /** Links not listed. */
  more: number;
}

/** Beside the node under the pointer: the full name, what it is and where it belongs, and its main links. */
export function HoverCard({ target, x, y }: { target: HoverTarget; x: number; y: number }) {
  return (
    <div className="hover-card" role="tooltip" data-testid="hover-card" style={{ left: x + 16, top: y + 12 }}>
      <p className="hover-card__name">{target.name}</p>
      <p className="hover-card__kind">
        <span className="hover-card__swatch" style={{ backgroundColor: target.colour }} aria-hidden="true" />
        {target.kind}
        {target.sector ? ` · ${target.sector}` : ''}
      </p>
      {target.parents.length > 0 && <p className="hover-card__parents">{tg('hover.partOf', { parents: target.parents.join(' › ') })}</p>}
      {target.links.length > 0 && (
        <ul className="hover-card__links">
          {target.links.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
      {target.more > 0 && <p className="hover-card__more">{tg('hover.more', { count: target.more })}</p>}
    </div>
  );
}
