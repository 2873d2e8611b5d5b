import { nodeSchemas, relationshipSchemas } from '../../domain/records.js';
import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES, type NodeLabel, type RelationshipType } from '../../domain/vocabulary.js';
import { describeField, inputFields, type InputField } from './input-fields.js';

/**
 * The editing mutations and their typed inputs, generated from the domain's records the way
 * vocabulary-sdl.ts generates the enums: create/update/delete per node label, and the link
 * mutations per relationship type. The hand-written rest (ChangeEvent, NodeEdit, history,
 * unlink, restoreVersion) stays in modules/editing/editing.graphql; the resolvers are
 * modules/editing/editing-resolvers.ts. docs/DESIGN.md, "Typed mutations", says why every input
 * field is nullable and how null removes a property.
 */

/** How the SDL names an entity in prose; the article follows the sound ("an organisation"). */
const NOUNS: Record<NodeLabel, string> = {
  Organisation: 'organisation',
  Person: 'person',
  Group: 'group',
  Mandate: 'mandate',
  Channel: 'channel',
  Agreement: 'agreement',
  Element: 'agreement element',
  Pathway: 'pathway',
  Step: 'pathway step',
};
export const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/** Relationship fields every type has and that are arguments, not properties. */
const LINK_ENDS = ['id', 'from', 'to'] as const;

/** The relationship types with a mutation of their own: the endpoints named as what they are. */
export const LINK_MUTATIONS: Array<{
  field: string;
  type: RelationshipType;
  from: string;
  to: string;
  says: string;
  properties: 'none' | 'optional' | 'required';
}> = [
  { field: 'linkMember', type: 'MEMBER_OF', from: 'personId', to: 'groupId', says: 'Makes a person a member of a group.', properties: 'optional' },
  {
    field: 'linkFixedContact',
    type: 'CONTACT_FOR',
    from: 'personId',
    to: 'organisationId',
    says: 'Makes a person a fixed contact for an organisation.',
    properties: 'optional',
  },
  {
    field: 'linkWorksIn',
    type: 'WORKS_IN',
    from: 'personId',
    to: 'organisationId',
    says: 'Records that a person works in an organisation.',
    properties: 'optional',
  },
  {
    field: 'linkChannelProvider',
    type: 'PROVIDES',
    from: 'organisationId',
    to: 'channelId',
    says: 'Records that an organisation provides a channel.',
    properties: 'none',
  },
  {
    field: 'linkChannelServes',
    type: 'SERVES',
    from: 'channelId',
    to: 'organisationId',
    says: 'Records that a channel serves an organisation.',
    properties: 'none',
  },
  { field: 'linkMandateHolder', type: 'HOLDS', from: 'holderId', to: 'mandateId', says: 'Gives a group or person a mandate.', properties: 'none' },
  {
    field: 'setStatus',
    type: 'STATUS',
    from: 'organisationId',
    to: 'elementId',
    says: "Records an organisation's status on an agreement element.",
    properties: 'required',
  },
];

const pascal = (type: string) => type.toLowerCase().replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase());
/** MEMBER_OF → MemberOfInput: the properties of one relationship type. */
export const relationshipInputName = (type: RelationshipType) => `${pascal(type)}Input`;

const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function inputType(name: string, description: string, fields: Array<{ field: InputField; description: string }>): string {
  const body = fields.map(({ field, description: d }) => `  ${quote(d)}\n  ${field.name}: ${field.type}`).join('\n');
  return `${quote(description)}\ninput ${name} {\n${body}\n}\n`;
}

function nodeInputs(label: NodeLabel): string {
  const noun = NOUNS[label];
  const create = inputFields(nodeSchemas[label], label);
  const update = create.filter((f) => f.name !== 'id');
  return [
    inputType(
      `Create${label}Input`,
      `The fields of a new ${noun}, checked by the domain rules (BAD_USER_INPUT names each bad field).`,
      create.map((field) => ({ field, description: describeField(field, label, true) })),
    ),
    inputType(
      `Update${label}Input`,
      `The fields of ${withArticle(noun)} to change: a field left out keeps its value, a field set to null removes it.`,
      update.map((field) => ({ field, description: describeField(field, label, false) })),
    ),
  ].join('\n');
}

function nodeMutations(label: NodeLabel): string {
  const an = withArticle(NOUNS[label]);
  return [
    `  "Creates ${an}. Requires the editor role. One whose every field equals an existing one's (the same request again) answers CONFLICT with \`duplicateOf\`."`,
    `  create${label}(properties: Create${label}Input!): NodeEdit!`,
    `  "Changes ${an} read at \`version\`; a stale version answers CONFLICT with the current state, a change that would make it the exact twin of another CONFLICT with \`duplicateOf\`. A field set to null is removed."`,
    `  update${label}(id: ID!, version: Int!, properties: Update${label}Input!): NodeEdit!`,
    `  "Deletes ${an} and its relationships; the audit trail keeps them for restore."`,
    `  delete${label}(id: ID!, version: Int!): Deletion!`,
  ].join('\n');
}

function relationshipInput(type: RelationshipType): string {
  const fields = inputFields(relationshipSchemas[type], type, LINK_ENDS);
  return inputType(
    relationshipInputName(type),
    `The properties of a ${type} relationship.`,
    fields.map((field) => ({ field, description: describeField(field, type, false) })),
  );
}

/**
 * Every relationship property of every type in one input, for `link` and `updateLink`, where the
 * type is an argument or the stored relationship's. A field of another type than the one linked
 * is refused by the domain rules ("unknown field(s)"). A field typed differently per type (a
 * member's role is an enum, a job's role free text) is a String here; the rules check it.
 */
function anyRelationshipInput(): string {
  const byName = new Map<string, { field: InputField; owners: RelationshipType[] }>();
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    for (const field of inputFields(relationshipSchemas[type], type, LINK_ENDS)) {
      const seen = byName.get(field.name);
      if (!seen) byName.set(field.name, { field, owners: [type] });
      else {
        seen.owners.push(type);
        if (seen.field.type !== field.type) {
          if (![seen.field.type, field.type].every((t) => !t.startsWith('['))) throw new Error(`Relationship field ${field.name} has list and non-list types.`);
          seen.field = { ...seen.field, type: 'String' };
        }
      }
    }
  }
  const everyType = RELATIONSHIP_TYPE_NAMES.length;
  const fields = [...byName.values()].map(({ field, owners }) => {
    const owner = field.name === 'role' ? 'any' : owners[0]!;
    const where = owners.length === everyType ? '' : ` (${owners.join(', ')})`;
    return { field, description: `${describeField(field, owner, false)}${where}` };
  });
  return inputType('RelationshipInput', 'The properties of a relationship of any type; each field names the types that have it, the others refuse it.', fields);
}

function linkMutations(): string {
  const lines = [
    '  "Links two nodes with a relationship of `type`; the endpoints must be of the labels the type allows. Requires the editor role. Every link mutation answers CONFLICT with `duplicateOf` for a link equal in every field to one already between the two (the same request again)."',
    '  link(type: RelationType!, fromId: ID!, toId: ID!, properties: RelationshipInput): LinkEdit!',
  ];
  for (const m of LINK_MUTATIONS) {
    const properties = m.properties === 'none' ? '' : `, properties: ${relationshipInputName(m.type)}${m.properties === 'required' ? '!' : ''}`;
    lines.push(`  ${quote(`${m.says} A ${m.type} relationship.`)}`, `  ${m.field}(${m.from}: ID!, ${m.to}: ID!${properties}): LinkEdit!`);
  }
  lines.push(
    '  "Changes a relationship\'s properties read at `version`: a field left out keeps its value, a field set to null removes it."',
    '  updateLink(id: ID!, version: Int!, properties: RelationshipInput!): LinkEdit!',
  );
  return lines.join('\n');
}

/** The generated SDL; schema.ts adds it to the modules' files. */
export const editingTypeDefs = [
  ...NODE_LABELS.map(nodeInputs),
  ...[...new Set(LINK_MUTATIONS.filter((m) => m.properties !== 'none').map((m) => m.type))].map(relationshipInput),
  anyRelationshipInput(),
  `extend type Mutation {\n${[...NODE_LABELS.map(nodeMutations), linkMutations()].join('\n')}\n}\n`,
].join('\n');
