import type { ReactElement } from 'react';
import type { Arrow, LineStyle, Shape } from '../lib/visual-encoding';

function regular(n: number, inner?: number): string {
  const points: string[] = [];
  const count = inner === undefined ? n : n * 2;
  for (let i = 0; i < count; i++) {
    const r = inner !== undefined && i % 2 === 1 ? inner : 1;
    const a = -Math.PI / 2 + (2 * Math.PI * i) / count;
    points.push(`${(r * Math.cos(a)).toFixed(3)},${(r * Math.sin(a)).toFixed(3)}`);
  }
  return points.join(' ');
}

const POLYGONS: Partial<Record<Shape, string>> = {
  rectangle: '-1,-1 1,-1 1,1 -1,1',
  'cut-rectangle': '-0.6,-1 0.6,-1 1,-0.6 1,0.6 0.6,1 -0.6,1 -1,0.6 -1,-0.6',
  triangle: '0,-1 1,1 -1,1',
  'round-triangle': '0,-1 1,1 -1,1',
  diamond: '0,-1 1,0 0,1 -1,0',
  pentagon: regular(5),
  hexagon: '-1,0 -0.5,-0.87 0.5,-0.87 1,0 0.5,0.87 -0.5,0.87',
  heptagon: regular(7),
  'round-octagon': regular(8),
  star: regular(5, 0.42),
  tag: '-1,-1 0.25,-1 1,0 0.25,1 -1,1',
  vee: '-1,-1 0,-0.33 1,-1 0,1',
  rhomboid: '-1,-1 0.33,-1 1,1 -0.33,1',
};

/** A small drawing of a node shape in a colour, as the legend and the filters show it. */
export function ShapeIcon({ shape, colour, size = 16 }: { shape: Shape; colour: string; size?: number }) {
  const common = { fill: colour, stroke: colour, strokeWidth: 0.12, strokeLinejoin: 'round' as const };
  let body: ReactElement;
  if (shape === 'ellipse') body = <circle cx={0} cy={0} r={1} {...common} />;
  else if (shape === 'round-rectangle') body = <rect x={-1} y={-0.8} width={2} height={1.6} rx={0.4} {...common} />;
  else if (shape === 'bottom-round-rectangle') body = <path d="M -1 -0.8 H 1 V 0.4 Q 1 0.8 0.6 0.8 H -0.6 Q -1 0.8 -1 0.4 Z" {...common} />;
  else if (shape === 'barrel') body = <path d="M -0.75 -1 H 0.75 Q 1.05 0 0.75 1 H -0.75 Q -1.05 0 -0.75 -1 Z" {...common} />;
  else body = <polygon points={POLYGONS[shape] ?? POLYGONS.rectangle} {...common} strokeWidth={shape.startsWith('round-') ? 0.3 : 0.12} />;
  return (
    <svg className="shape-icon" width={size} height={size} viewBox="-1.25 -1.25 2.5 2.5" aria-hidden="true" focusable="false">
      {body}
    </svg>
  );
}

const DASHES: Record<LineStyle, string | undefined> = { solid: undefined, dashed: '5 3', dotted: '1.5 2.5' };

/** A short line with the edge's colour, dash pattern and arrowhead. */
export function EdgeIcon({ colour, lineStyle, width, arrow }: { colour: string; lineStyle: LineStyle; width: number; arrow: Arrow }) {
  const end = arrow === 'none' ? 34 : 28;
  return (
    <svg className="edge-icon" width={36} height={12} viewBox="0 0 36 12" aria-hidden="true" focusable="false">
      <line
        x1={1}
        y1={6}
        x2={end}
        y2={6}
        stroke={colour}
        strokeWidth={Math.min(width, 3)}
        strokeDasharray={DASHES[lineStyle]}
        strokeLinecap={lineStyle === 'dotted' ? 'round' : 'butt'}
      />
      {arrow === 'triangle' && <polygon points="27,1.5 35,6 27,10.5" fill={colour} />}
      {arrow === 'vee' && <polygon points="26,1.5 35,6 26,10.5 29,6" fill={colour} />}
      {arrow === 'circle' && <circle cx={31} cy={6} r={3.5} fill={colour} />}
      {arrow === 'square' && <rect x={28} y={2.5} width={7} height={7} fill={colour} />}
      {arrow === 'tee' && <line x1={31} y1={1} x2={31} y2={11} stroke={colour} strokeWidth={2} />}
    </svg>
  );
}

/** A filled square in a sector colour. */
export function Swatch({ colour }: { colour: string }) {
  return <span className="swatch" style={{ backgroundColor: colour }} aria-hidden="true" />;
}
