import { CHANNEL_KINDS, CHANNEL_STATUSES, GROUP_KINDS, MANDATE_LEVELS, MEMBER_ROLES, PERSPECTIVES, STATUS_LEVELS } from '../../domain/vocabulary.js';

/**
 * The GraphQL enums of the closed vocabularies, generated from api/src/domain/vocabulary.ts so
 * the API can never refuse to serialise a value the seed validation accepted. (OrganisationKind
 * and Sector live in organisation.graphql, NodeLabel and RelationType in graph.graphql; a test
 * holds those to the same lists.)
 */
const ENUMS: Array<[name: string, description: string, values: readonly string[]]> = [
  ['GroupKind', 'What kind of group: implementation group, steering group, committee, council, …', GROUP_KINDS],
  ['MemberRole', "A member's role in a group.", MEMBER_ROLES],
  ['MandateLevel', 'How far a mandate reaches: to decide, recommend, advise or be informed.', MANDATE_LEVELS],
  ['ChannelKind', 'How a channel carries contact: MedCom correspondence, a phone line, secure e-mail, meetings, …', CHANNEL_KINDS],
  ['ChannelStatus', 'Whether a channel is in use, being set up or only planned.', CHANNEL_STATUSES],
  [
    'StatusLevel',
    'Traffic light of an element at an organisation: GREEN existing practice, YELLOW under development, RED not yet practice, BLUE responsibility lies elsewhere.',
    STATUS_LEVELS,
  ],
  ['Perspective', 'A professional perspective a group can require and a member can represent.', PERSPECTIVES],
];

export const vocabularyTypeDefs = ENUMS.map(
  ([name, description, values]) => `"${description}"\nenum ${name} {\n${values.map((v) => `  ${v}`).join('\n')}\n}\n`,
).join('\n');
