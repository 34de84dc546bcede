import type { AttributionQuality } from '../../drafts/attribution-quality.js';
import { builder } from '../builder.js';
import { AttributionEditEnum } from './attribution-edit.js';

export const AttributionEditCountRef = builder.objectRef<AttributionQuality['edits'][number]>('AttributionEditCount').implement({
  description: 'How often reviewers made one kind of edit.',
  fields: (t) => ({
    edit: t.field({ type: AttributionEditEnum, description: 'What was changed.', resolve: (count) => count.edit }),
    count: t.exposeInt('count', { description: 'In how many suggestions kept (one suggestion may have several edits).' }),
  }),
});
