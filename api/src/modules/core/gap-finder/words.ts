/** Danish words the gap rules and what-if share (no enum code in any sentence). */

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
