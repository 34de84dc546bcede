import { errorText, request } from './api.js';
import type { Attribution, EntityChoice, Suggestion } from './attribution.js';
import attributionDocumentQuery from './attribution-document.graphql';
import { element } from './dom.js';
import importDocumentMutation from './import-document.graphql';

export type Article = Readonly<{ text: string; language: string; title?: string; published?: string; url?: string }>;

/** What the reviewer decided: the attributions accepted, the suggestions rejected, and the version of the rules that suggested them. */
export type Review = Readonly<{ accepted: readonly Attribution[]; rejected: readonly Suggestion[]; rulesVersion: string }>;

type WriteCounts = Readonly<{ created: number; updated: number; unchanged: number }>;
type ImportReport = Readonly<{
  dryRun: boolean;
  sourceId: string;
  entities: readonly { givenId: string; id: string; kind: string; outcome: 'CREATED' | 'MATCHED_BY_ID' | 'MATCHED_BY_NAME'; matchedSpelling: string | null }[];
  nodes: WriteCounts;
  relationships: WriteCounts;
}>;
/** The parts of an import document (schema/document.schema.json) the report names. */
type ImportDocument = Readonly<{
  source: { id: string; title: string };
  entities: readonly { id: string; name: string }[];
  statements: readonly { id: string; text: string }[];
}>;

const entityInput = (choice: EntityChoice): Record<string, string> => ('id' in choice ? { id: choice.id } : { name: choice.name, kind: choice.kind });

/** A suggestion as SuggestedAttributionInput: sent back as suggested, so that the server can tell what the reviewer changed. */
const suggestedInput = (suggestion: Suggestion): Record<string, unknown> => ({
  kind: suggestion.kind,
  start: suggestion.content.start,
  end: suggestion.content.end,
  speakerName: suggestion.speakerName,
  speakerKind: suggestion.speakerKind,
  speakerCandidates: suggestion.speakerCandidates.map((entity) => entity.id),
  targetName: suggestion.targetName,
  targetCandidates: suggestion.targetCandidates.map((entity) => entity.id),
  hedged: suggestion.hedged,
  confidence: suggestion.confidence,
});

/** The accepted attributions as AttributionInput, or what the reviewer still has to settle, in words. */
function attributionInputs(attributions: readonly Attribution[], text: string): { inputs: Record<string, unknown>[]; problems: string[] } {
  const inputs: Record<string, unknown>[] = [];
  const problems: string[] = [];
  for (const attribution of attributions) {
    const words = `“${text.slice(attribution.start, attribution.end).slice(0, 60)}”`;
    const { speaker, target } = attribution;
    if (!speaker) problems.push(`${words}: choose who said it.`);
    if (attribution.kind === 'BLAMES' && !target) problems.push(`${words}: choose who is blamed.`);
    if (!speaker || (attribution.kind === 'BLAMES' && !target)) continue;
    inputs.push({
      kind: attribution.kind,
      speaker: entityInput(speaker),
      start: attribution.start,
      end: attribution.end,
      hedged: attribution.hedged,
      ...(attribution.kind === 'BLAMES' && target ? { target: entityInput(target) } : {}),
      ...(attribution.kind === 'CONFIRMS' ? { strength: attribution.strength } : {}),
      ...(attribution.sameAs ? { sameAs: attribution.sameAs } : {}),
      ...(attribution.suggestion ? { suggested: suggestedInput(attribution.suggestion) } : {}),
    });
  }
  if (attributions.length === 0) problems.push('Accept at least one attribution first.');
  return { inputs, problems };
}

const counts = (written: WriteCounts): string => `${written.created} created, ${written.updated} updated, ${written.unchanged} unchanged`;
const explorerLink = (nodeId: string, label: string, testId: string): HTMLAnchorElement =>
  element('a', { href: `/?${new URLSearchParams({ center: nodeId, selected: nodeId })}`, 'data-testid': testId }, label);

const outcomes: Readonly<Record<ImportReport['entities'][number]['outcome'], string>> = {
  CREATED: 'new',
  MATCHED_BY_ID: 'already in the graph',
  MATCHED_BY_NAME: 'matched by name',
};

function reportOf(report: ImportReport, document: ImportDocument): HTMLElement[] {
  const names = new Map(document.entities.map((entity) => [entity.id, entity.name]));
  const entities = report.entities.map((entity) =>
    element(
      'li',
      { 'data-testid': 'report-entity', 'data-outcome': entity.outcome },
      `${names.get(entity.givenId) ?? entity.givenId} (${entity.kind}): ${outcomes[entity.outcome]}`,
      entity.matchedSpelling ? ` as “${entity.matchedSpelling}”` : '',
      ' → ',
      report.dryRun ? entity.id : explorerLink(entity.id, entity.id, 'report-entity-link'),
    ),
  );
  const statements = document.statements.map((statement) =>
    element('li', { 'data-testid': 'report-statement' }, report.dryRun ? statement.id : explorerLink(statement.id, statement.id, 'report-statement-link'), ` “${statement.text.slice(0, 100)}”`),
  );
  const row = (term: string, ...description: (Node | string)[]): HTMLElement => element('div', { class: 'evidence-row' }, element('dt', {}, term), element('dd', {}, ...description));
  return [
    element('h4', { 'data-testid': 'report-heading' }, report.dryRun ? 'Dry run: nothing was written' : 'Imported'),
    element(
      'dl',
      { class: 'evidence-facts' },
      row('Source', `${document.source.title} `, report.dryRun ? element('span', { class: 'muted', 'data-testid': 'report-source-id' }, report.sourceId) : explorerLink(report.sourceId, report.sourceId, 'report-source-link')),
      row('Nodes', element('span', { 'data-testid': 'report-nodes' }, counts(report.nodes))),
      row('Relationships', element('span', { 'data-testid': 'report-relationships' }, counts(report.relationships))),
      row('Entities', element('ul', {}, ...entities)),
      row('Statements', element('ul', {}, ...statements)),
    ),
  ];
}

/**
 * Builds the import document of the accepted attributions, with the decisions on every suggestion accepted or
 * rejected, and imports it (dry run or not) with the editor's token, which the decisions are stored as made by,
 * reporting in the panel what was, or would be, created and matched.
 */
export async function importAttributions(panel: HTMLElement, article: Article, review: Review, token: string, dryRun: boolean): Promise<void> {
  const { inputs, problems } = attributionInputs(review.accepted, article.text);
  if (problems.length > 0) {
    panel.replaceChildren(element('p', { class: 'error', role: 'alert' }, 'Not yet:'), element('ul', { class: 'error', 'data-testid': 'import-problems' }, ...problems.map((problem) => element('li', {}, problem))));
    return;
  }
  panel.replaceChildren(element('p', { class: 'loading', role: 'status' }, dryRun ? 'Trying the import…' : 'Importing…'));
  try {
    const { attributionDocument } = await request<{ attributionDocument: ImportDocument }>(attributionDocumentQuery, {
      article,
      attributions: inputs,
      rejected: review.rejected.map(suggestedInput),
      rulesVersion: review.rulesVersion,
    });
    const { importDocument } = await request<{ importDocument: ImportReport }>(importDocumentMutation, { document: attributionDocument, dryRun }, token);
    panel.replaceChildren(...reportOf(importDocument, attributionDocument));
  } catch (error) {
    panel.replaceChildren(element('p', { class: 'error', role: 'alert', 'data-testid': 'import-error' }, `Could not ${dryRun ? 'try the import' : 'import'}: ${errorText(error)}`));
  }
}
