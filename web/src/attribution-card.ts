import { untypedBlamedKind } from '../../src/model/kinds.js';
import { sameClaimOverlap } from '../../src/model/word-overlap.js';
import { type Attribution, attributionKinds, confirmationStrengths, type Decision } from './attribution.js';
import { actionButton, element } from './dom.js';
import { entityPicker } from './entity-picker.js';
import { edgeStyle } from './kind-styles.js';
import { flagsOf } from './review-flags.js';
import type { TextRange } from './review-text.js';

export type CardActions = Readonly<{
  /** Something about the attribution changed: its marks and the counts follow. */
  changed: () => void;
  /** Mark and scroll to its words in the text. */
  show: () => void;
  /** What is selected in the text now, if anything. */
  selection: () => TextRange | undefined;
}>;

const quoteLength = 160;


const percent = (share: number): string => `${Math.round(share * 100)} %`;

const refreshEvent = 'attribution-refresh';
/** Shows a card as its attribution now is, after the page changed the attribution (e.g. accepted many at once). */
export const refreshCard = (card: Element): boolean => card.dispatchEvent(new Event(refreshEvent));

const shortened = (words: string): string => (words.length <= quoteLength ? words : `${words.slice(0, quoteLength - 1)}…`);

function labelled(label: string, control: HTMLElement): HTMLLabelElement {
  return element('label', {}, `${label} `, control);
}

function selectOf<Value extends string>(values: readonly Value[], chosen: Value, describe: (value: Value) => string, testId: string): HTMLSelectElement {
  const select = element('select', { 'data-testid': testId }, ...values.map((value) => element('option', { value }, describe(value))));
  select.value = chosen;
  return select;
}

/**
 * One attribution to review: accept or reject it, and change what the rules got wrong (its kind, its words, who said
 * it, who is blamed, whether it is hedged, how strongly it confirms, whether it is a statement the graph holds already).
 * The card changes the attribution in place and tells the page.
 */
export function attributionCard(attribution: Attribution, text: string, actions: CardActions): HTMLLIElement {
  const { suggestion } = attribution;
  const card = element('li', { class: 'attribution-card', 'data-testid': 'attribution', 'data-key': String(attribution.key) });
  const quote = actionButton('', actions.show, { class: 'link quote', 'data-testid': 'show-in-text' });
  const who = element('p', { class: 'card-who', 'data-testid': 'attribution-who' });
  const origin = suggestion ? `suggested, ${percent(suggestion.confidence)} sure` : 'added by hand';
  const flags = element('ul', { class: 'flags', 'data-testid': 'flags', 'aria-label': 'Uncertain' });

  const decisionButton = (label: string, decision: Decision): HTMLButtonElement =>
    actionButton(label, () => update(() => (attribution.decision = attribution.decision === decision ? 'open' : decision)), { 'data-testid': decision === 'accepted' ? 'accept' : 'reject' });
  const accept = decisionButton('Accept', 'accepted');
  const reject = decisionButton('Reject', 'rejected');

  const kind = selectOf(attributionKinds, attribution.kind, (value) => edgeStyle(value).description, 'kind');
  kind.addEventListener('change', () => update(() => (attribution.kind = kind.value as Attribution['kind'])));
  const strength = selectOf(confirmationStrengths, attribution.strength, (value) => value.toLowerCase(), 'strength');
  strength.addEventListener('change', () => update(() => (attribution.strength = strength.value as Attribution['strength'])));
  const strengthLabel = labelled('Strength', strength);
  const hedged = element('input', { type: 'checkbox', 'data-testid': 'hedged' });
  hedged.checked = attribution.hedged;
  hedged.addEventListener('change', () => update(() => (attribution.hedged = hedged.checked)));

  const offsetInput = (testId: string, value: number): HTMLInputElement => {
    const input = element('input', { type: 'number', min: '0', max: String(text.length), 'data-testid': testId, class: 'offset' });
    input.value = String(value);
    input.addEventListener('change', () => update(() => Object.assign(attribution, { start: Number(start.value), end: Number(end.value) })));
    return input;
  };
  const start = offsetInput('start', attribution.start);
  const end = offsetInput('end', attribution.end);
  const spanProblem = element('p', { class: 'error', role: 'alert' });
  const setToSelection = actionButton(
    'Set to the selected words',
    () => {
      const range = actions.selection();
      if (!range) return;
      start.value = String(range.start);
      end.value = String(range.end);
      update(() => Object.assign(attribution, range));
    },
    { 'data-testid': 'set-span' },
  );

  const speaker = entityPicker({
    legend: 'Speaker',
    testId: 'speaker',
    name: suggestion?.speakerName ?? null,
    kind: suggestion?.speakerKind ?? null,
    kindUncertain: suggestion?.speakerKind === null,
    chosen: attribution.speaker,
    candidates: suggestion?.speakerCandidates ?? [],
    change: (choice) => update(() => (attribution.speaker = choice)),
  });
  const target = entityPicker({
    legend: 'Blamed',
    testId: 'target',
    name: suggestion?.targetName ?? null,
    kind: suggestion?.targetKind ?? untypedBlamedKind,
    chosen: attribution.target,
    candidates: suggestion?.targetCandidates ?? [],
    change: (choice) => update(() => (attribution.target = choice)),
  });
  const duplicates = (suggestion?.possibleDuplicates ?? []).filter(({ overlap }) => overlap >= sameClaimOverlap);
  const sameAs = element(
    'fieldset',
    { class: 'same-as', 'data-testid': 'same-as' },
    element('legend', {}, `Already in the graph? (shown from ${percent(sameClaimOverlap)} of the words in common)`),
    ...[
      { id: '', label: 'New statement' },
      ...duplicates.map(({ statement, overlap }) => ({ id: statement.id, label: `Same as “${shortened(statement.summary ?? statement.text)}” (${percent(overlap)} of the words)` })),
    ].map((choice) => {
      const radio = element('input', { type: 'radio', name: `same-as-${attribution.key}`, value: choice.id, 'data-testid': choice.id ? 'same-as-statement' : 'new-statement' });
      radio.checked = choice.id === (attribution.sameAs ?? '');
      radio.addEventListener('change', () => update(() => (attribution.sameAs = radio.value || undefined)));
      return element('label', {}, radio, ` ${choice.label}`);
    }),
  );
  sameAs.hidden = duplicates.length === 0;

  /** Applies a change, then shows the card as the attribution now is. */
  function update(change: () => void): void {
    change();
    refresh();
    actions.changed();
  }
  function refresh(): void {
    const words = text.slice(attribution.start, attribution.end);
    const spanValid = attribution.start >= 0 && attribution.start < attribution.end && attribution.end <= text.length;
    quote.textContent = spanValid ? `“${shortened(words)}”` : '(no words)';
    spanProblem.textContent = spanValid ? '' : `The words must lie between 0 and ${text.length}, the start before the end.`;
    spanProblem.hidden = spanValid;
    who.textContent = `${attribution.speaker?.name ?? 'Speaker not chosen'} ${edgeStyle(attribution.kind).description}${
      attribution.kind === 'BLAMES' ? ` ${attribution.target?.name ?? '(who is blamed not chosen)'}` : ''
    } · ${origin}`;
    card.dataset.decision = attribution.decision;
    card.dataset.kind = attribution.kind;
    card.style.setProperty('--kind-colour', edgeStyle(attribution.kind).color);
    accept.setAttribute('aria-pressed', String(attribution.decision === 'accepted'));
    reject.setAttribute('aria-pressed', String(attribution.decision === 'rejected'));
    strengthLabel.hidden = attribution.kind !== 'CONFIRMS';
    target.hidden = attribution.kind !== 'BLAMES';
    const uncertain = flagsOf(attribution);
    flags.replaceChildren(...uncertain.map((flag) => element('li', { class: 'flag', 'data-testid': 'flag', 'data-flag': flag.code }, flag.text)));
    flags.hidden = uncertain.length === 0;
  }
  card.addEventListener(refreshEvent, refresh);

  card.append(
    who,
    flags,
    quote,
    element('div', { class: 'actions' }, accept, reject),
    element('div', { class: 'card-fields' }, labelled('Kind', kind), strengthLabel, element('label', {}, hedged, ' Hedged')),
    element('fieldset', { class: 'words' }, element('legend', {}, 'Words (offsets in the text)'), labelled('Start', start), labelled('End', end), setToSelection, spanProblem),
    speaker,
    target,
    sameAs,
  );
  refresh();
  return card;
}
