import { errorText, request } from './api.js';
import type { NodeKind } from '../../src/model/kinds.js';
import { nodeStyle } from './kind-styles.js';
import suggestionsDocument from './search.graphql';

type SearchHit = Readonly<{
  score: number;
  matchedName: string | null;
  node: { __typename: string; id: string; name?: string; summary?: string | null; text?: string; title?: string };
}>;

const debounceMs = 200;
const suggestionCount = 8;

const hitLabel = (hit: SearchHit): string => hit.node.name ?? hit.node.summary ?? hit.node.title ?? hit.node.text ?? hit.node.id;

/**
 * A search box: suggestions while a name is typed, chosen with the mouse or with the arrow keys and Enter
 * (the ARIA combobox pattern, so a screen reader announces the highlighted suggestion). `kinds` narrows what
 * it finds, e.g. to the people and organisations that can be a speaker; the list's id names its options.
 */
export function mountSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  choose: (nodeId: string, label: string) => void,
  kinds?: readonly NodeKind[],
): void {
  let hits: readonly SearchHit[] = [];
  let active = -1;
  let timer: number | undefined;
  let latestQuery = '';

  const close = (): void => {
    hits = [];
    active = -1;
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };

  const highlight = (index: number): void => {
    active = index;
    list.querySelectorAll('[role=option]').forEach((option, optionIndex) => option.setAttribute('aria-selected', String(optionIndex === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${index}`);
    list.querySelector(`#${list.id}-${index}`)?.scrollIntoView({ block: 'nearest' });
  };

  const pick = (hit: SearchHit | undefined): void => {
    if (!hit) return;
    input.value = hitLabel(hit);
    close();
    choose(hit.node.id, hitLabel(hit));
  };

  const show = (items: readonly SearchHit[]): void => {
    hits = items;
    active = -1;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (items.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'suggestion-empty';
      empty.textContent = 'Nothing found';
      list.replaceChildren(empty);
      return;
    }
    list.replaceChildren(
      ...items.map((hit, index) => {
        const option = document.createElement('li');
        option.id = `${list.id}-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.dataset.testid = 'suggestion';
        option.dataset.nodeId = hit.node.id;
        const kind = document.createElement('span');
        kind.className = 'suggestion-kind';
        kind.style.color = nodeStyle(hit.node.__typename).color;
        kind.textContent = `${nodeStyle(hit.node.__typename).marker} ${hit.node.__typename}`;
        const name = document.createElement('span');
        name.className = 'suggestion-name';
        name.textContent = hitLabel(hit);
        option.append(kind, name);
        if (hit.matchedName && hit.matchedName !== hit.node.name) {
          const matched = document.createElement('span');
          matched.className = 'suggestion-matched';
          matched.textContent = `matched “${hit.matchedName}”`;
          option.append(matched);
        }
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => pick(hit));
        return option;
      }),
    );
  };

  const suggest = async (query: string): Promise<void> => {
    latestQuery = query;
    list.setAttribute('aria-busy', 'true');
    try {
      const data = await request<{ search: SearchHit[] }>(suggestionsDocument, { query, first: suggestionCount, kinds: kinds ?? null });
      if (query === latestQuery) show(data.search);
    } catch (error) {
      if (query !== latestQuery) return;
      const failure = document.createElement('li');
      failure.className = 'suggestion-error';
      failure.setAttribute('role', 'alert');
      failure.textContent = errorText(error);
      list.replaceChildren(failure);
      list.hidden = false;
    } finally {
      list.removeAttribute('aria-busy');
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (query.length < 2) return close();
    timer = window.setTimeout(() => void suggest(query), debounceMs);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length > 0) highlight((active + 1) % hits.length);
    else if (event.key === 'ArrowUp' && hits.length > 0) highlight((active - 1 + hits.length) % hits.length);
    else if (event.key === 'Enter') pick(hits[Math.max(active, 0)]);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  });
  input.addEventListener('blur', close);
}
