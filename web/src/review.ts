import { errorText, request } from './api.js';
import { type Attribution, attributionKinds, attributionOf, type Suggestion } from './attribution.js';
import { attributionCard, refreshCard } from './attribution-card.js';
import { busyTracker } from './busy.js';
import { actionButton, element } from './dom.js';
import { relationshipKey } from './legend.js';
import suggestDocument from './review.graphql';
import { type Article, importAttributions } from './review-import.js';
import { highlightAttribution, selectedRange, showMarkedText, type TextRange } from './review-text.js';

const byId = <Element extends HTMLElement>(id: string): Element => document.getElementById(id) as Element;
const reviewMain = byId<HTMLElement>('review');
const form = byId<HTMLFormElement>('article-form');
const textInput = byId<HTMLTextAreaElement>('article-text');
const fileInput = byId<HTMLInputElement>('article-file');
const titleInput = byId<HTMLInputElement>('article-title');
const publishedInput = byId<HTMLInputElement>('article-published');
const urlInput = byId<HTMLInputElement>('article-url');
const languageInput = byId<HTMLInputElement>('article-language');
const status = byId<HTMLParagraphElement>('review-status');
const reading = byId<HTMLElement>('review-reading');
const markedText = byId<HTMLElement>('review-text');
const addButton = byId<HTMLButtonElement>('add-attribution');
const selectionNote = byId<HTMLElement>('text-selection');
const attributionsSection = byId<HTMLElement>('review-attributions');
const countsNote = byId<HTMLElement>('review-counts');
const cards = byId<HTMLOListElement>('attribution-cards');
const tokenInput = byId<HTMLInputElement>('import-token');
const importReport = byId<HTMLElement>('import-report');

const acceptThreshold = element('input', { type: 'number', min: '0', max: '100', step: '5', value: '80', class: 'offset', 'data-testid': 'accept-threshold' });
const acceptAboveButton = actionButton('', acceptAbove, { 'data-testid': 'accept-above' });
countsNote.after(
  element('div', { class: 'actions accept-above' }, element('label', {}, 'Accept every suggestion still to review that is at least ', acceptThreshold, ' % sure'), ' ', acceptAboveButton),
);

const track = busyTracker((busy) => reviewMain.setAttribute('aria-busy', String(busy)));

/**
 * The article as it was when the rules read it: every offset points into this text, so edits to the text box only
 * count after "Suggest" again. The attributions live here and nowhere else (not in the URL, which has no room for an
 * article, nor on the server, which has nothing until the import).
 */
let review: { text: string; language: string; rulesVersion: string; attributions: Attribution[] } | undefined;
let nextKey = 0;
let lastSelection: TextRange | undefined;

function showStatus(text: string, kind: 'loading' | 'error' | 'done'): void {
  status.textContent = text;
  status.className = kind;
  status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
}

const optionalValue = (input: HTMLInputElement): string | undefined => input.value.trim() || undefined;

/** What the form says about the article besides its text; read when it is sent, so a title may still be corrected before the import. */
const articleDetails = (): Pick<Article, 'title' | 'published' | 'url'> => ({
  title: optionalValue(titleInput),
  published: optionalValue(publishedInput),
  url: optionalValue(urlInput),
});

/** Marks the text and counts the decisions again after any change. */
function redraw(): void {
  if (!review) return;
  const inPlay = review.attributions.filter((attribution) => attribution.decision !== 'rejected');
  showMarkedText(markedText, review.text, inPlay, showCard);
  const count = (decision: Attribution['decision']): number => review!.attributions.filter((attribution) => attribution.decision === decision).length;
  countsNote.textContent = `${review.attributions.length} attributions: ${count('accepted')} accepted, ${count('rejected')} rejected, ${count('open')} to review. Only the accepted ones are imported.`;
  const sure = sureEnough();
  acceptAboveButton.textContent = `Accept ${sure.length}`;
  acceptAboveButton.disabled = sure.length === 0;
}

/** The suggestions still to review whose confidence reaches the threshold the reviewer set. */
function sureEnough(): Attribution[] {
  const threshold = Number(acceptThreshold.value);
  if (!review || acceptThreshold.value === '' || !Number.isFinite(threshold)) return [];
  return review.attributions.filter((attribution) => attribution.decision === 'open' && attribution.suggestion && Math.round(attribution.suggestion.confidence * 100) >= threshold);
}

function acceptAbove(): void {
  for (const attribution of sureEnough()) {
    attribution.decision = 'accepted';
    const card = cards.querySelector(`[data-key="${attribution.key}"]`);
    if (card) refreshCard(card);
  }
  redraw();
}

function showAttribution(key: number): void {
  highlightAttribution(markedText, key);
  for (const card of cards.children) card.classList.toggle('active', card.getAttribute('data-key') === String(key));
}

function showCard(key: number): void {
  showAttribution(key);
  const card = cards.querySelector<HTMLElement>(`[data-key="${key}"]`);
  card?.scrollIntoView({ block: 'nearest' });
  card?.querySelector<HTMLElement>('[data-testid=show-in-text]')?.focus({ preventScroll: true });
}

function cardOf(attribution: Attribution, text: string): HTMLLIElement {
  return attributionCard(attribution, text, { changed: redraw, show: () => showAttribution(attribution.key), selection: () => lastSelection });
}

async function suggest(): Promise<void> {
  const text = textInput.value;
  showStatus('Reading the article…', 'loading');
  let suggested: { language: string; rulesVersion: string; suggestions: Suggestion[] };
  try {
    const variables = { text, language: optionalValue(languageInput), ...articleDetails() };
    suggested = (await request<{ suggestAttributions: typeof suggested }>(suggestDocument, variables)).suggestAttributions;
  } catch (error) {
    showStatus(`Could not read the article: ${errorText(error)}`, 'error');
    return;
  }
  review = { text, language: suggested.language, rulesVersion: suggested.rulesVersion, attributions: suggested.suggestions.map((suggestion) => attributionOf(nextKey++, suggestion)) };
  lastSelection = undefined;
  updateSelection();
  cards.replaceChildren(...review.attributions.map((attribution) => cardOf(attribution, text)));
  importReport.replaceChildren();
  reading.hidden = false;
  attributionsSection.hidden = false;
  redraw();
  showStatus(`${suggested.suggestions.length} attributions suggested (language ${suggested.language}). Accept or reject each; select words in the text to add one.`, 'done');
}

/** Keeps the last words selected in the text, since pressing a button elsewhere may clear the selection. */
function updateSelection(): void {
  const range = selectedRange(markedText);
  if (range) lastSelection = range;
  addButton.disabled = !lastSelection;
  selectionNote.textContent = lastSelection && review ? `Selected: “${review.text.slice(lastSelection.start, lastSelection.end).slice(0, 80)}” (${lastSelection.start}–${lastSelection.end})` : 'Select words in the text to add or move an attribution.';
}

function addFromSelection(): void {
  if (!review || !lastSelection) return;
  const attribution: Attribution = { key: nextKey++, decision: 'accepted', kind: 'CLAIMS', ...lastSelection, hedged: false, strength: 'MODERATE' };
  const following = review.attributions.findIndex((other) => other.start > attribution.start);
  const position = following === -1 ? review.attributions.length : following;
  review.attributions.splice(position, 0, attribution);
  const card = cardOf(attribution, review.text);
  cards.insertBefore(card, cards.children[position] ?? null);
  redraw();
  showAttribution(attribution.key);
  card.scrollIntoView({ block: 'nearest' });
  card.querySelector<HTMLElement>('[data-testid=kind]')?.focus({ preventScroll: true });
}

/** Imports the accepted attributions; a real import first asks, in the page, whether to leave out the ones still to review. */
async function importAccepted(dryRun: boolean, confirmed = false): Promise<void> {
  if (!review) return;
  const article: Article = { text: review.text, language: review.language, ...articleDetails() };
  const accepted = review.attributions.filter((attribution) => attribution.decision === 'accepted');
  const open = review.attributions.filter((attribution) => attribution.decision === 'open');
  if (!dryRun && !confirmed && accepted.length > 0 && open.length > 0) {
    askBeforeImport(accepted.length, open);
    return;
  }
  const rejected = review.attributions.flatMap((attribution) => (attribution.decision === 'rejected' && attribution.suggestion ? [attribution.suggestion] : []));
  await importAttributions(importReport, article, { accepted, rejected, rulesVersion: review.rulesVersion }, tokenInput.value.trim(), dryRun);
}

function askBeforeImport(accepted: number, open: readonly Attribution[]): void {
  const anyway = actionButton(`Import the ${accepted} accepted anyway`, () => void track(importAccepted(false, true)), { 'data-testid': 'import-anyway' });
  const keepReviewing = actionButton(
    'Keep reviewing',
    () => {
      importReport.replaceChildren();
      showCard(open[0]!.key);
    },
    { 'data-testid': 'keep-reviewing' },
  );
  const suggestions = open.length === 1 ? '1 suggestion is' : `${open.length} suggestions are`;
  importReport.replaceChildren(
    element(
      'div',
      { class: 'import-confirm', role: 'alert', 'data-testid': 'import-unreviewed' },
      element('p', {}, `${suggestions} still to review. The import leaves ${open.length === 1 ? 'it' : 'them'} out: nothing of ${open.length === 1 ? 'it' : 'them'} is written.`),
      element('div', { class: 'actions' }, anyway, ' ', keepReviewing),
    ),
  );
  anyway.focus();
}

async function readDroppedFile(file: File | undefined): Promise<void> {
  if (!file) return;
  textInput.value = await file.text();
  titleInput.value ||= file.name.replace(/\.txt$/i, '');
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void track(suggest());
});
textInput.addEventListener('dragover', (event) => event.preventDefault());
textInput.addEventListener('drop', (event) => {
  event.preventDefault();
  void track(readDroppedFile(event.dataTransfer?.files[0]));
});
fileInput.addEventListener('change', () => void track(readDroppedFile(fileInput.files?.[0])));
document.addEventListener('selectionchange', updateSelection);
addButton.addEventListener('click', addFromSelection);
byId('dry-run').addEventListener('click', () => void track(importAccepted(true)));
byId('import').addEventListener('click', () => void track(importAccepted(false)));
acceptThreshold.addEventListener('input', redraw);
byId('review-legend').replaceChildren(relationshipKey(attributionKinds));
textInput.focus();
