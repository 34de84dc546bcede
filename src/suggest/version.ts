/**
 * The version of the attribution rules. Every decision a reviewer makes on a suggestion is stored with it, so that
 * `attributionQuality` scores each version apart: change it whenever the rules change what they suggest.
 */
export const rulesVersion = '2026-12-08.1';
