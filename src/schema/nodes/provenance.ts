import type { NodeRecord, Provenance } from '../../model/records.js';
import { builder } from '../builder.js';
import { storedKeys } from '../lib/look-ahead.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer SchemaTypes> ? SchemaTypes : never;

/** Who wrote a node or relationship through claimgraph, and when: the same four fields on both. */
export function provenanceFields<Parent>(
  t: PothosSchemaTypes.InterfaceFieldBuilder<Types, Parent>,
  provenanceOf: (parent: Parent) => Provenance,
) {
  return {
    createdAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When it was first written through claimgraph; null when it was written by other means.',
      extensions: storedKeys('createdAt'),
      resolve: (parent) => provenanceOf(parent).createdAt,
    }),
    createdBy: t.string({
      nullable: true,
      description: 'The name of the token (or "seed", "import") that first wrote it.',
      extensions: storedKeys('createdBy'),
      resolve: (parent) => provenanceOf(parent).createdBy,
    }),
    updatedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When a write last changed it; a write that changes nothing leaves this as it was.',
      extensions: storedKeys('updatedAt'),
      resolve: (parent) => provenanceOf(parent).updatedAt,
    }),
    updatedBy: t.string({
      nullable: true,
      description: 'The name of the token (or "seed", "import") that last changed it.',
      extensions: storedKeys('updatedBy'),
      resolve: (parent) => provenanceOf(parent).updatedBy,
    }),
  };
}

builder.interfaceFields(builder.nodeInterfaceRef(), (t) => provenanceFields(t, (node) => (node as NodeRecord).provenance));
