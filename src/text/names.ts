const cyrillicToLatin: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i',
  ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Lower case without accents: "Oekraïne" → "oekraine". What a literal, diacritic-blind match compares. */
export function foldDiacritics(text: string): string {
  return text.normalize('NFKD').replace(/\p{Mn}/gu, '').toLowerCase();
}

export function transliterateCyrillic(text: string): string {
  return [...text.toLowerCase()].map((character) => cyrillicToLatin[character] ?? character).join('');
}

/*
 * Romanisations of the same Slavic name differ by language: English "Prigozhin, Yevgeny, Bakhmut",
 * Dutch "Prigozjin, Jevgeni, Bachmoet", German "Prigoschin". Rewriting every spelling to one skeleton
 * makes those spellings equal; a one-edit fuzzy match in the index absorbs what is left.
 */
const digraphs: Record<string, string> = {
  shch: 's', tch: 'c', sch: 's', sh: 's', zh: 'z', zj: 'z', ch: 'h', kh: 'h', ts: 'c', tz: 'c',
};

function nameSkeleton(text: string): string {
  return foldDiacritics(transliterateCyrillic(foldDiacritics(text)))
    .replace(/shch|tch|sch|sh|zh|zj|ch|kh|ts|tz/g, (digraph) => digraphs[digraph] ?? digraph)
    .replace(/oe|ou/g, 'u')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(.)\1+/g, '$1');
}

/** Words of a name or a query, each reduced to its skeleton; punctuation separates words. */
export function skeletonTokens(text: string): string[] {
  return nameSkeleton(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}
