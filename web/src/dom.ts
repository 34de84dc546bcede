/** Makes an element with a class and children; text children are set as text, never as HTML. */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Readonly<Record<string, string>> = {},
  ...children: readonly (Node | string)[]
): HTMLElementTagNameMap[Tag] {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

/** A button that runs an action; keyboard users reach it with Tab like any button. */
export function actionButton(label: string, action: () => void, attributes: Readonly<Record<string, string>> = {}): HTMLButtonElement {
  const button = element('button', { type: 'button', ...attributes }, label);
  button.addEventListener('click', action);
  return button;
}
