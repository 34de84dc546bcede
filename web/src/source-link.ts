import { element } from './dom.js';

/** Whether an address opens a web page: http or https. Anything else (javascript:, data:, file:) is never a link. */
export function isWebAddress(address: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(address).protocol);
  } catch {
    return false;
  }
}

/** A link to where a source can be read, or, for an address that is no web page's, its label and address as text. */
export function sourceLink(address: string, label: string): HTMLAnchorElement | string {
  return isWebAddress(address) ? element('a', { href: address, rel: 'noreferrer noopener', target: '_blank' }, label) : `${label} (${address})`;
}
