import { actorKinds, type ActorKind, type EntityChoice, type EntityName } from './attribution.js';
import { element } from './dom.js';
import { mountSearch } from './search.js';

export type EntityPickerOptions = Readonly<{
  legend: string;
  /** Names the picker's parts for the tests, e.g. "speaker". */
  testId: string;
  /** The name as the article has it, for a new entity. */
  name: string | null;
  kind: string | null;
  /** The rules could not tell a person from an organisation: a new entity waits until the reviewer chooses its kind. */
  kindUncertain?: boolean;
  chosen: EntityChoice | undefined;
  candidates: readonly EntityName[];
  change: (choice: EntityChoice | undefined) => void;
}>;

let pickerCount = 0;

/**
 * Who a speaker or a blamed party is: one of the entities with that name, another one found by search, or a new person
 * or organisation. With several candidates and none chosen it says so and leaves the choice to the reviewer.
 */
export function entityPicker(options: EntityPickerOptions): HTMLFieldSetElement {
  pickerCount += 1;
  const group = `${options.testId}-${pickerCount}`;
  const ambiguous = !options.chosen && options.candidates.length > 1;
  const warning = element(
    'p',
    { class: 'ambiguous', 'data-testid': `${options.testId}-ambiguous` },
    `Ambiguous: ${options.candidates.length} entities are called “${options.name ?? ''}”. Choose one.`,
  );
  warning.hidden = !ambiguous;
  const choices = element('div', { class: 'entity-options', role: 'radiogroup', 'aria-label': options.legend });

  const newName = element('input', { 'aria-label': `Name of the new ${options.legend.toLowerCase()}`, 'data-testid': `${options.testId}-new-name` });
  newName.value = options.chosen && !('id' in options.chosen) ? options.chosen.name : (options.name ?? '');
  const untyped = Boolean(options.kindUncertain && !options.chosen);
  const newKind = element(
    'select',
    { 'aria-label': 'Kind', 'data-testid': `${options.testId}-new-kind` },
    ...(untyped ? [element('option', { value: '' }, 'Person or organisation?')] : []),
    ...actorKinds.map((kind) => element('option', { value: kind }, kind)),
  );
  newKind.value = options.chosen && !('id' in options.chosen) ? options.chosen.kind : untyped ? '' : options.kind === 'Organisation' ? 'Organisation' : 'Person';
  const newRadio = element('input', { type: 'radio', name: group, value: '', 'data-testid': `${options.testId}-new` });

  const entityRadio = (entity: Readonly<{ id: string; name: string }>): HTMLLabelElement => {
    const radio = element('input', { type: 'radio', name: group, value: entity.id, 'data-name': entity.name });
    radio.addEventListener('change', announce);
    return element('label', { 'data-testid': `${options.testId}-candidate`, 'data-node-id': entity.id }, radio, ` ${entity.name} `, element('span', { class: 'muted' }, entity.id));
  };
  const radios = (): HTMLInputElement[] => [...choices.querySelectorAll<HTMLInputElement>('input[type=radio]')];

  function current(): EntityChoice | undefined {
    const checked = radios().find((radio) => radio.checked);
    if (!checked) return undefined;
    if (checked.value) return { id: checked.value, name: checked.dataset.name ?? checked.value };
    const name = newName.value.trim();
    return name && newKind.value ? { name, kind: newKind.value as ActorKind } : undefined;
  }
  function announce(): void {
    const choice = current();
    warning.hidden = !ambiguous || Boolean(choice);
    options.change(choice);
  }
  const radioOf = (entity: Readonly<{ id: string; name: string }>): HTMLInputElement => {
    const existing = radios().find((candidate) => candidate.value === entity.id);
    if (existing) return existing;
    const label = entityRadio(entity);
    choices.insertBefore(label, newChoice);
    return label.querySelector('input')!;
  };

  const newChoice = element('div', { class: 'entity-new' }, element('label', {}, newRadio, ' New '), newKind, ' ', newName);
  choices.append(...options.candidates.map(entityRadio), newChoice);
  if (options.chosen) ('id' in options.chosen ? radioOf(options.chosen) : newRadio).checked = true;
  newRadio.addEventListener('change', announce);
  for (const field of [newName, newKind]) {
    field.addEventListener('input', () => {
      newRadio.checked = true;
      announce();
    });
  }

  const searchInput = element('input', {
    type: 'search',
    placeholder: 'Search another person or organisation',
    autocomplete: 'off',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${group}-results`,
    'aria-label': `Search another ${options.legend.toLowerCase()}`,
    'data-testid': `${options.testId}-search`,
  });
  const results = element('ul', { id: `${group}-results`, class: 'search-suggestions', role: 'listbox', 'aria-label': 'Search results' });
  results.hidden = true;
  mountSearch(
    searchInput,
    results,
    (id, name) => {
      radioOf({ id, name }).checked = true;
      announce();
    },
    actorKinds,
  );

  return element(
    'fieldset',
    { class: 'entity-picker', 'data-testid': options.testId },
    element('legend', {}, options.legend),
    warning,
    choices,
    element('div', { class: 'search entity-search' }, searchInput, results),
  );
}
