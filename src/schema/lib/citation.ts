import type { PartialDate } from '../../model/records.js';
import type { SourceRecord } from '../../model/records.js';

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023, May 17", "2023, May" or "2023": a date only as precise as it is known, as APA writes it; "n.d." when unknown. */
function apaDate(date: PartialDate | null): string {
  if (!date) return 'n.d.';
  const [year, month, day] = date.value.split('-');
  if (!month) return year!;
  const monthName = months[Number(month) - 1]!;
  return day ? `${year}, ${monthName} ${Number(day)}` : `${year}, ${monthName}`;
}

/**
 * A reference in APA style (7th edition), the one most newsrooms and journals accept for news articles:
 * authors or, without a byline, the title first; the date as precise as known; the publisher; the URL, and the
 * archived copy and the date it was read when known.
 */
export function citationOf(source: SourceRecord): string {
  const title = source.title.replace(/[.\s]+$/u, '');
  const date = `(${apaDate(source.published)}).`;
  const head = source.authors.length > 0 ? `${source.authors.join(', ')} ${date} ${title}.` : `${title}. ${date}`;
  const publisher = source.publisher ? ` ${source.publisher}.` : '';
  const url = source.url ? ` ${source.url}` : '';
  const archived = source.archiveUrl ? ` Archived at ${source.archiveUrl}` : '';
  const accessed = source.accessed ? ` (accessed ${source.accessed.value})` : '';
  return `${head}${publisher}${url}${archived}${accessed}`.trim();
}
