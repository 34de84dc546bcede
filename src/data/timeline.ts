import neo4j from 'neo4j-driver';
import type { QueryRunner } from '../db/database.js';
import { dateRangeParameters, parsePartialDate } from '../model/dates.js';
import type { StatementRecord } from '../model/records.js';
import type { PageRequest } from './pages.js';
import { nodeProjection, type StoredProperties, toNodeRecord } from './properties.js';
import { statementConditions } from './statements.js';
import { nodeIdPattern } from '../model/fields.js';

export type TimelineFilter = Readonly<{
  /** Statements this entity claims, confirms, disputes or is mentioned in. */
  entity?: string | null;
  /** Statements mentioning this place or a place inside it. */
  place?: string | null;
  from?: string | null;
  to?: string | null;
}>;

/**
 * A timeline position: a statement's date as precisely as it is known ("2023-05"), then its id. A page seeks from the
 * first day that date may mean, so a cursor names no made-up day; one of the old day cursors ("2023-05-01|…") is a
 * date known to the day, and still finds its place.
 */
export function timelineCursor(statement: StatementRecord): string {
  return `${statement.date?.value ?? ''}|${statement.id}`;
}

const timelineCursorPattern = new RegExp(`^(\\d{4}(?:-\\d{2}){0,2})\\|(${nodeIdPattern})$`, 'u');

function splitCursor(cursor: string | null): { day: string; id: string } | null {
  const [, date, id] = (cursor === null ? null : timelineCursorPattern.exec(cursor)) ?? [];
  const day = date === undefined ? undefined : parsePartialDate(date)?.start;
  return day && id ? { day, id } : null;
}

export const isTimelineCursor = (cursor: string) => splitCursor(cursor) !== null;

const timelineWhere = `n.dateStart IS NOT NULL
  AND ${statementConditions.inDateRange('n')}
  AND ($entity IS NULL OR EXISTS { MATCH (n)-[:MENTIONS]->(:Node {id: $entity}) } OR ${statementConditions.voicedBy('n', '$entity')})
  AND ($place IS NULL OR ${statementConditions.aboutPlace('n')})`;

function filterParameters(filter: TimelineFilter) {
  return {
    entity: filter.entity ?? null,
    place: filter.place ?? null,
    ...dateRangeParameters(filter),
  };
}

/**
 * Dated statements in date order. A date known to the month or year sorts at the start of its period
 * and is never given a made-up day; statements without a date have no place on a timeline.
 */
export async function timelinePage(runner: QueryRunner, filter: TimelineFilter, page: PageRequest): Promise<StatementRecord[]> {
  const after = splitCursor(page.after);
  const before = splitCursor(page.before);
  const rows = await runner.read<{ node: StoredProperties }>(
    `MATCH (n:Statement)
     WHERE ${timelineWhere}
       AND ($afterDay IS NULL OR n.dateStart > $afterDay OR (n.dateStart = $afterDay AND n.id > $afterId))
       AND ($beforeDay IS NULL OR n.dateStart < $beforeDay OR (n.dateStart = $beforeDay AND n.id < $beforeId))
     RETURN ${nodeProjection('n')} AS node
     ORDER BY n.dateStart ${page.inverted ? 'DESC' : 'ASC'}, n.id ${page.inverted ? 'DESC' : 'ASC'}
     LIMIT $limit`,
    {
      ...filterParameters(filter),
      afterDay: after?.day ?? null,
      afterId: after?.id ?? null,
      beforeDay: before?.day ?? null,
      beforeId: before?.id ?? null,
      limit: neo4j.int(page.limit),
    },
  );
  return rows.map(({ node }) => toNodeRecord(node) as StatementRecord);
}

export async function countTimeline(runner: QueryRunner, filter: TimelineFilter): Promise<number> {
  const [row] = await runner.read<{ count: number }>(
    `MATCH (n:Statement) WHERE ${timelineWhere} RETURN count(n) AS count`,
    filterParameters(filter),
  );
  return row?.count ?? 0;
}
