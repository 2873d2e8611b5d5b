import { describe, expect, it } from 'vitest';
import { SeedError, hashOf, validateDataset, type SeedFile } from '../../api/src/dataset/read-dataset.js';

/** Validates in-memory files; returns the issues, or [] when the dataset is valid. */
function issuesOf(files: Record<string, SeedFile>, existing = new Map<string, never>()) {
  try {
    validateDataset(
      Object.entries(files).map(([file, content]) => ({ file, content })),
      existing,
    );
    return [];
  } catch (err) {
    if (err instanceof SeedError) return err.issues;
    throw err;
  }
}

const norddjurs = {
  label: 'Organisation',
  id: 'org:municipality-norddjurs',
  name: 'Norddjurs Kommune',
  kind: 'MUNICIPALITY',
  sector: 'MUNICIPALITY',
  municipalityCode: '707',
};
const anne = { label: 'Person', id: 'person:anne', name: 'Anne Testesen', fictitious: true };
const group = { label: 'Group', id: 'group:g', name: 'G', kind: 'WORKING_GROUP' };
const adhd = { label: 'Pathway', id: 'pathway:adhd', name: 'ADHD' };

describe('dataset rules across records', () => {
  it('accepts endpoints and references in any file order', () => {
    expect(
      issuesOf({
        'a.json': { relationships: [{ type: 'CONTACT_FOR', id: 'rel:c', from: 'person:anne', to: 'org:municipality-norddjurs', pathways: ['pathway:adhd'] }] },
        'b.json': { nodes: [norddjurs, anne, adhd] },
      }),
    ).toEqual([]);
  });

  it('names file, record and field for an endpoint of the wrong kind or a missing one', () => {
    const issues = issuesOf({
      'a.json': {
        nodes: [anne, group],
        relationships: [
          { type: 'WORKS_IN', id: 'rel:w', from: 'person:anne', to: 'group:g' },
          { type: 'WORKS_IN', id: 'rel:v', from: 'person:bo', to: 'group:g' },
        ],
      },
    });
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: 'a.json',
        record: 'relationship #1 (id "rel:w")',
        field: 'to',
        message: expect.stringMatching(/ends at Organisation, not Group/),
      }),
    );
    expect(issues).toContainEqual(expect.objectContaining({ record: 'relationship #2 (id "rel:v")', field: 'from', message: 'no node with id "person:bo"' }));
  });

  it('checks that CONTACT_FOR pathways name Pathway nodes', () => {
    const issues = issuesOf({
      'a.json': {
        nodes: [norddjurs, anne, group],
        relationships: [{ type: 'CONTACT_FOR', id: 'rel:c', from: 'person:anne', to: 'org:municipality-norddjurs', pathways: ['pathway:adhd'] }],
      },
    });
    expect(issues).toEqual([expect.objectContaining({ field: 'pathways.0', message: 'no node with id "pathway:adhd"' })]);
  });

  it('checks that MEMBER_OF.onBehalfOf names an organisation', () => {
    const ok = issuesOf({
      'a.json': {
        nodes: [norddjurs, anne, group],
        relationships: [{ type: 'MEMBER_OF', id: 'rel:m', from: 'person:anne', to: 'group:g', onBehalfOf: 'org:municipality-norddjurs' }],
      },
    });
    expect(ok).toEqual([]);
    const bad = issuesOf({
      'a.json': {
        nodes: [norddjurs, anne, group],
        relationships: [{ type: 'MEMBER_OF', id: 'rel:m', from: 'person:anne', to: 'group:g', onBehalfOf: 'org:municipality-syddjurs' }],
      },
    });
    expect(bad).toEqual([expect.objectContaining({ field: 'onBehalfOf' })]);
  });

  it('rejects duplicate ids and two municipalities with one code', () => {
    const issues = issuesOf({
      'a.json': { nodes: [norddjurs, anne] },
      'b.json': { nodes: [anne, { ...norddjurs, id: 'org:municipality-norddjurs-2' }] },
    });
    expect(issues).toContainEqual(expect.objectContaining({ file: 'b.json', field: 'id', message: 'duplicate id "person:anne"' }));
    expect(issues).toContainEqual(expect.objectContaining({ field: 'municipalityCode', message: expect.stringMatching(/707 is already the code/) }));
  });

  it('reports an unknown label or type and a broken JSON file', () => {
    const issues = issuesOf({
      'a.json': { nodes: [{ label: 'Cat', id: 'cat:1' }], relationships: [{ type: 'LIKES', id: 'rel:l', from: 'a', to: 'b' }] },
      'b.json': new Error('Unexpected token') as never,
    });
    expect(issues.map((i) => i.field).sort()).toEqual(['(json)', 'label', 'type']);
  });
});

describe('seed data holds fictitious people only', () => {
  it('refuses a person without the mark when loading a seed, and accepts it otherwise', () => {
    const real = { label: 'Person', id: 'person:real', name: 'Rigtig Person' };
    const files = [{ file: 'people.json', content: { nodes: [real] } }];
    expect(() => validateDataset(files, new Map(), { requireFictitious: true })).toThrow(SeedError);
    expect(() => validateDataset(files, new Map(), { requireFictitious: true })).toThrow(/field "fictitious": must be true/);
    expect(validateDataset(files).nodes.get('Person')).toHaveLength(1);
  });
});

describe('the content hash', () => {
  // Stored records hold it (sourceHash): it must not change, or a re-import of unchanged data
  // would count every record as updated. These are the hashes of the first implementation.
  it('is the same in any key order and stays what stored records hold', () => {
    expect(hashOf({ b: 2, a: 1 })).toBe(hashOf({ a: 1, b: 2 }));
    const mixed = { zeta: 1, Alpha: 'a', beta: [{ b: 1, A: 2, a: 3 }], nested: { Z: 1, y: { x: true, X: false } }, æble: 'ø', '10': 'ten', '2': 'two' };
    expect(hashOf(mixed)).toBe('e0RyulSTnVXiXK3TmKHVDTitTMI');
    expect(hashOf(JSON.parse('{"b": 1, "__proto__": {"y": 2, "X": 3}, "A": [1, {"d": 1, "C": 2}]}'))).toBe('JDcZ6xOarVn0d_1cEixwNnhEuy4');
  });
});
