// @citation-js/name ships no types; these are the parts claimgraph reads (CSL-JSON name parts).
declare module '@citation-js/name' {
  export type NameParts = {
    given?: string;
    family?: string;
    'non-dropping-particle'?: string;
    'dropping-particle'?: string;
    suffix?: string;
  };
  export function parse(name: string): NameParts;
}
