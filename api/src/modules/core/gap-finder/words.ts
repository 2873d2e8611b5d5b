/** Words the gap rules and what-if share, Danish and English (no enum code in any sentence). */

/** Perspectives as words inside a sentence ("ingen repræsentant for skole"): no enum code in the text (#16 item 6). */
export const PERSPECTIVE_WORD_DA: Record<string, string> = {
  PSYCHIATRY: 'psykiatrien',
  SOMATICS: 'somatikken',
  GENERAL_PRACTICE: 'almen praksis',
  HEALTH_VISITING: 'sundhedsplejen',
  PPR: 'PPR',
  FAMILY_SOCIAL: 'familieområdet',
  SCHOOL: 'skole',
  YOUTH_GUIDANCE: 'KUI',
  DAYCARE: 'dagtilbud',
  MUNICIPAL_TREATMENT: 'det kommunale behandlingstilbud',
  MANAGEMENT: 'ledelsen',
};

/** A sector as the other side of a bridge: "kommunerne", "almen praksis", "regionen". */
export const SECTOR_SIDE_DA: Record<string, string> = {
  REGION: 'regionen',
  GENERAL_PRACTICE: 'almen praksis',
  MUNICIPALITY: 'kommunerne',
  NATIONAL: 'de nationale organisationer',
};

/** The English counterparts (lang: EN): perspectives as words inside a sentence ("nobody representing school"). */
export const PERSPECTIVE_WORD_EN: Record<string, string> = {
  PSYCHIATRY: 'psychiatry',
  SOMATICS: 'somatic care',
  GENERAL_PRACTICE: 'general practice',
  HEALTH_VISITING: 'health visiting',
  PPR: 'PPR (educational psychology)',
  FAMILY_SOCIAL: 'family services',
  SCHOOL: 'school',
  YOUTH_GUIDANCE: 'KUI (municipal youth effort)',
  DAYCARE: 'daycare',
  MUNICIPAL_TREATMENT: 'the municipal treatment service',
  MANAGEMENT: 'management',
};

/** A sector as the other side of a bridge, in English: "the municipalities", "general practice", "the region". */
export const SECTOR_SIDE_EN: Record<string, string> = {
  REGION: 'the region',
  GENERAL_PRACTICE: 'general practice',
  MUNICIPALITY: 'the municipalities',
  NATIONAL: 'the national organisations',
};
