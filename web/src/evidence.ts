import { errorText, request } from './api.js';
import { actionButton, element } from './dom.js';
import { sourceLink } from './source-link.js';
import evidenceDocument from './evidence.graphql';

type ActorName = Readonly<{ id: string; name: string }>;
/** Whether the actor said it (STATED) or someone else read it into what the actor said or did (INFERRED). */
type Basis = Readonly<{ basis: string; inferredBy: ActorName | null }>;
type SourceQuote = Readonly<{
  quote: string | null;
  start: number;
  end: number;
  source: { id: string; title: string; published: string | null; url: string | null; text: string };
}>;
type Statement = Readonly<{
  id: string;
  language: string;
  text: string;
  translation: string | null;
  summary: string | null;
  date: string | null;
  verificationStatus: string;
  verificationNote: string | null;
  claims: { actor: ActorName; medium: string | null; hedged: boolean }[];
  confirmations: ({ confirmer: ActorName; strength: string } & Basis)[];
  disputes: ({ disputer: ActorName } & Basis)[];
  blames: { blamer: ActorName; blamed: ActorName; reason: string }[];
  corroboration: {
    claimants: number;
    confirmers: number;
    disputers: number;
    independentConfirmations: number;
    adversarialConfirmations: number;
    independentConfirmers: { name: string }[];
    adversarialConfirmers: { name: string }[];
  };
  sources: SourceQuote[];
}>;

/** What the panel says about the edge that was clicked, above the statement behind it. */
export type EdgeContext = Readonly<{
  type: string;
  /** The id of the node the edge starts at, and the names of both ends. */
  sourceId: string;
  from: string;
  to: string;
  reason?: string | null;
  strength?: string | null;
  quote?: string | null;
  hedged?: boolean | null;
  /** The name of whoever inferred it, for an inferred confirmation or dispute. */
  inferredBy?: string | null;
  inferred?: boolean;
}>;

const hedgedNote = 'hedged: reported as conditional or second-hand, the source does not vouch for it being said so';

/** "inferred by Roger Housen", or "stated" by the actor. */
const basisText = (inferred: boolean, inferredBy: string | null | undefined): string =>
  inferred ? `inferred by ${inferredBy ?? 'someone else'}, not said by the actor` : 'stated by the actor';

function actorList(title: string, items: readonly (Node | string)[]): HTMLElement {
  return element(
    'div',
    { class: 'evidence-row' },
    element('dt', {}, title),
    element('dd', {}, items.length > 0 ? element('ul', {}, ...items.map((item) => element('li', {}, item))) : '—'),
  );
}

/**
 * The source's full text with every quote of the statement marked where its offsets say, so a reader sees the
 * words in their context. Offsets are UTF-16 code units, as String.prototype.slice counts them.
 */
function sourceText(text: string, quotes: readonly SourceQuote[]): HTMLElement {
  const body = element('div', { class: 'source-text', 'data-testid': 'source-text', tabindex: '0' });
  let position = 0;
  for (const quote of [...quotes].sort((first, second) => first.start - second.start)) {
    if (quote.start < position) continue;
    body.append(text.slice(position, quote.start));
    body.append(element('mark', { 'data-start': String(quote.start), 'data-end': String(quote.end) }, text.slice(quote.start, quote.end)));
    position = quote.end;
  }
  body.append(text.slice(position));
  return body;
}

function sourceSections(quotes: readonly SourceQuote[]): HTMLElement[] {
  const bySource = new Map<string, SourceQuote[]>();
  for (const quote of quotes) bySource.set(quote.source.id, [...(bySource.get(quote.source.id) ?? []), quote]);
  return [...bySource.values()].map((sourceQuotes) => {
    const { source } = sourceQuotes[0]!;
    const title = source.url ? sourceLink(source.url, source.title) : source.title;
    return element(
      'section',
      { class: 'evidence-source', 'data-testid': 'evidence-source' },
      element('h4', {}, title),
      element('p', { class: 'muted' }, `Published ${source.published ?? 'date unknown'}${source.url ? '' : ' · no link known'}`),
      sourceText(source.text, sourceQuotes),
    );
  });
}

/** Nothing for what the actor stated; for an inference, whose it is, as a link to them. */
function basisNote(stance: Basis, actor: (actorName: ActorName) => HTMLElement): HTMLElement | string {
  if (stance.basis !== 'INFERRED') return '';
  return element('span', { class: 'basis inferred', 'data-testid': 'basis' }, ' · inferred by ', stance.inferredBy ? actor(stance.inferredBy) : 'someone else', ', not said by them');
}

function corroborationSummary(corroboration: Statement['corroboration']): string {
  const names = (actors: readonly { name: string }[]): string => (actors.length > 0 ? ` (${actors.map((actor) => actor.name).join(', ')})` : '');
  return [
    `${corroboration.claimants} claimant${corroboration.claimants === 1 ? '' : 's'}`,
    `${corroboration.confirmers} confirmer${corroboration.confirmers === 1 ? '' : 's'}`,
    `${corroboration.disputers} disputer${corroboration.disputers === 1 ? '' : 's'}`,
    `${corroboration.independentConfirmations} independent${names(corroboration.independentConfirmers)}`,
    `${corroboration.adversarialConfirmations} from the other side${names(corroboration.adversarialConfirmers)}`,
  ].join(' · ');
}

function edgeSummary(context: EdgeContext): HTMLElement {
  const isStance = context.type === 'CONFIRMS' || context.type === 'DISPUTES';
  const details = [
    context.reason && `for: ${context.reason}`,
    context.strength && `strength: ${context.strength.toLowerCase()}`,
    context.quote && `“${context.quote}”`,
  ].filter((detail): detail is string => Boolean(detail));
  return element(
    'div',
    { class: 'edge-summary', 'data-testid': 'edge-summary' },
    element('p', {}, element('strong', {}, context.from), ` ${context.type.toLowerCase().replace('_', ' ')} `, element('strong', {}, context.to)),
    ...(isStance ? [element('p', { class: context.inferred ? 'basis inferred' : 'basis', 'data-testid': 'edge-basis' }, basisText(context.inferred ?? false, context.inferredBy))] : []),
    ...(context.hedged ? [element('p', { class: 'hedged', 'data-testid': 'edge-hedged' }, hedgedNote)] : []),
    ...details.map((detail) => element('p', { class: 'muted' }, detail)),
  );
}

/** The name of whoever inferred the clicked confirmation or dispute, as the statement's own stances give it. */
function withInferrer(context: EdgeContext, statement: Statement): EdgeContext {
  const stances = context.type === 'CONFIRMS' ? statement.confirmations.map((confirmation) => ({ actor: confirmation.confirmer, ...confirmation })) : statement.disputes.map((dispute) => ({ actor: dispute.disputer, ...dispute }));
  const stance = stances.find((candidate) => candidate.actor.id === context.sourceId);
  return stance?.inferredBy ? { ...context, inferred: stance.basis === 'INFERRED', inferredBy: stance.inferredBy.name } : context;
}

/** Shows a statement's evidence in the panel: claims, confirmations, disputes, blames, verification and its quotes in place. */
export async function showEvidence(
  panel: HTMLElement,
  statementId: string,
  context: EdgeContext | undefined,
  selectNode: (nodeId: string) => void,
): Promise<void> {
  panel.hidden = false;
  panel.replaceChildren(element('h3', {}, 'Evidence'), element('p', { class: 'loading', role: 'status' }, 'Loading the evidence…'));
  let statement: Statement | null;
  try {
    statement = (await request<{ statement: Statement | null }>(evidenceDocument, { id: statementId })).statement;
  } catch (error) {
    panel.replaceChildren(element('h3', {}, 'Evidence'), element('p', { class: 'error', role: 'alert' }, errorText(error)));
    return;
  }
  if (!statement) return;
  const actor = (actorName: ActorName): HTMLElement => actionButton(actorName.name, () => selectNode(actorName.id), { class: 'link' });
  panel.replaceChildren(
    element('h3', {}, 'Evidence'),
    ...(context ? [edgeSummary(withInferrer(context, statement))] : []),
    element('p', { class: 'statement-summary' }, statement.summary ?? statement.text),
    element('blockquote', { lang: statement.language }, statement.text),
    ...(statement.translation ? [element('p', { class: 'muted' }, statement.translation)] : []),
    element(
      'dl',
      { class: 'evidence-facts' },
      actorList(
        'Claimed by',
        statement.claims.map((claim) =>
          element(
            'span',
            { 'data-testid': 'claim' },
            actor(claim.actor),
            claim.medium ? ` (${claim.medium})` : '',
            ...(claim.hedged ? [' ', element('span', { class: 'hedged', title: hedgedNote, 'data-testid': 'hedged' }, 'hedged')] : []),
          ),
        ),
      ),
      actorList(
        'Confirmed by',
        statement.confirmations.map((confirmation) =>
          element('span', { 'data-testid': 'confirmation' }, actor(confirmation.confirmer), ` — ${confirmation.strength.toLowerCase()}`, basisNote(confirmation, actor)),
        ),
      ),
      actorList('Disputed by', statement.disputes.map((dispute) => element('span', { 'data-testid': 'dispute' }, actor(dispute.disputer), basisNote(dispute, actor)))),
      actorList('Blames', statement.blames.map((blame) => element('span', {}, actor(blame.blamer), ' blames ', actor(blame.blamed), ` for: ${blame.reason}`))),
      actorList('Date', [statement.date ?? 'unknown']),
      actorList('Verification', [
        element('span', { 'data-testid': 'verification' }, statement.verificationStatus.toLowerCase(), statement.verificationNote ? ` — “${statement.verificationNote}”` : ''),
      ]),
      actorList('Corroboration', [element('span', { 'data-testid': 'corroboration' }, corroborationSummary(statement.corroboration))]),
    ),
    ...sourceSections(statement.sources),
  );
  for (const text of panel.querySelectorAll<HTMLElement>('.source-text')) {
    const mark = text.querySelector('mark');
    if (mark) text.scrollTop = mark.offsetTop - 40;
  }
}
