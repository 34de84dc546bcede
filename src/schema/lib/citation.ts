import { parse as parseName } from '@citation-js/name';
import type { PartialDate, SourceRecord } from '../../model/records.js';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** APA lists up to this many authors; of more, the first nineteen, an ellipsis and the last. */
const mostAuthorsListed = 20;

/** "2023, May 17", "2023, May" or "2023": a date only as precise as it is known, as APA writes it; "n.d." when unknown. */
function apaDate(date: PartialDate | null): string {
  if (!date) return 'n.d.';
  const [year, month, day] = date.value.split('-');
  if (!month) return year!;
  const monthName = months[Number(month) - 1]!;
  return day ? `${year}, ${monthName} ${Number(day)}` : `${year}, ${monthName}`;
}

/** "Jean-Paul" → "J.-P.", "Mary Ann" → "M. A.", "J. R. R." → "J. R. R.". */
const initials = (given: string) =>
  given
    .split(/\s+/u)
    .filter(Boolean)
    .map((word) => word.split('-').map((part) => `${[...part][0]!.toLocaleUpperCase()}.`).join('-'))
    .join(' ');

/**
 * A byline as APA writes an author: surname (with its particles: "van Beethoven", "De Smet"), a comma and the
 * initials; a name of one word ("Madonna", a desk) stays as it is. "De Smet, An" names the surname outright.
 */
export function apaAuthor(byline: string): string {
  const parts = parseName(byline.trim());
  const family = [parts['non-dropping-particle'], parts.family].filter(Boolean).join(' ');
  if (!family) return byline.trim();
  const given = [parts.given, parts['dropping-particle']].filter(Boolean).join(' ');
  const suffix = parts.suffix ? `, ${parts.suffix}` : '';
  return given ? `${family}, ${initials(given)}${suffix}` : `${family}${suffix}`;
}

/** "A.", "A., & B.", "A., B., & C.", and beyond twenty "A., … S., . . . Z.", as APA 7 lists authors. */
export function apaAuthors(bylines: readonly string[]): string {
  const authors = bylines.map(apaAuthor);
  if (authors.length <= 1) return authors.join('');
  if (authors.length === 2) return `${authors[0]}, & ${authors[1]}`;
  if (authors.length <= mostAuthorsListed) return `${authors.slice(0, -1).join(', ')}, & ${authors.at(-1)}`;
  return `${authors.slice(0, mostAuthorsListed - 1).join(', ')}, . . . ${authors.at(-1)}`;
}

/** Ends a part of a reference with one full stop, unless it ends in a mark of its own ("?", "!", or an initial's "."). */
const sentence = (text: string) => (/[.?!]$/u.test(text) ? text : `${text}.`);

/**
 * A reference in APA style (7th edition), the one most newsrooms and journals accept for news articles: the authors
 * or, without a byline, the title first; the date as precise as known, "n.d." when unknown; the publisher (the
 * organisation that published it, or the publisher's name as given); the URL; and the archived copy with the date it
 * was read, when known.
 */
export function citationOf(source: SourceRecord, publisherName: string | null): string {
  const title = source.title.trim();
  const date = `(${apaDate(source.published)}).`;
  const head = source.authors.length > 0 ? `${sentence(apaAuthors(source.authors))} ${date} ${sentence(title)}` : `${sentence(title)} ${date}`;
  const publisher = publisherName ?? source.publisher;
  const parts = [head, publisher ? sentence(publisher) : '', source.url ?? ''];
  const archived = source.archiveUrl ? ` Archived at ${source.archiveUrl}` : '';
  const accessed = source.accessed ? ` (accessed ${source.accessed.value})` : '';
  return `${parts.filter(Boolean).join(' ')}${archived}${accessed}`;
}
