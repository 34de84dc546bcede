import type { NodeRecord, Provenance } from '../data/model.js';
import { builder } from './builder.js';

/** What each provenance field says; nodes (here) and relationships (relationship.ts) share the wording. */
export const provenanceDescriptions: Record<keyof Provenance, string> = {
  createdAt: 'When it was first written through claimgraph; null when it was written by other means.',
  createdBy: 'The name of the token (or "seed", "import") that first wrote it.',
  updatedAt: 'When a write last changed it; a write that changes nothing leaves this as it was.',
  updatedBy: 'The name of the token (or "seed", "import") that last changed it.',
};

builder.interfaceFields(builder.nodeInterfaceRef(), (t) => ({
  createdAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: provenanceDescriptions.createdAt,
    resolve: (node) => (node as NodeRecord).provenance.createdAt,
  }),
  createdBy: t.string({
    nullable: true,
    description: provenanceDescriptions.createdBy,
    resolve: (node) => (node as NodeRecord).provenance.createdBy,
  }),
  updatedAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: provenanceDescriptions.updatedAt,
    resolve: (node) => (node as NodeRecord).provenance.updatedAt,
  }),
  updatedBy: t.string({
    nullable: true,
    description: provenanceDescriptions.updatedBy,
    resolve: (node) => (node as NodeRecord).provenance.updatedBy,
  }),
}));
