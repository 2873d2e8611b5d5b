/** Who a guide is for: families (/vejviser/:id) or professionals (/vejviser/:id/fagpersoner). */
export type Audience = 'families' | 'professionals';

export const guideHref = (municipalityId: string, audience: Audience) =>
  `/vejviser/${encodeURIComponent(municipalityId)}${audience === 'professionals' ? '/fagpersoner' : ''}`;
