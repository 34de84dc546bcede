import type { App } from '../src/yoga.js';

/*
 * The machinery of the hostile-request suite (hostile.test.ts): requests built only when sent, sent a
 * bounded number at a time, and every answer held to the same contract. Status below 500; every GraphQL
 * error with a string `extensions.code` from the codes its request allows; no stack trace, no Cypher and no
 * Neo4j internals in an error; an error answer under 10 KB; a marker hidden in a large input never comes back.
 */

export const accepts = {
  /** The GraphQL-over-HTTP media type: request and auth errors answer with their HTTP status. */
  spec: 'application/graphql-response+json',
  /** The legacy media type: 200 is allowed for any well-formed request. */
  json: 'application/json',
} as const;
export type Accept = (typeof accepts)[keyof typeof accepts];

export const csrfHeader = { 'x-graphql-yoga-csrf': '1' } as const;

export type Expectation = Readonly<{
  /** The codes an error may carry; an error with any other code, or none, is a problem. */
  codes: readonly string[];
  /** Refused: at least one error, no data, and not one Cypher round trip. Otherwise data alone is a fine answer too. */
  refused: boolean;
  /** The HTTP statuses allowed; any below 500 when absent. */
  statuses?: readonly number[];
  /** A status such as 405 may come without a body. */
  bodyOptional?: boolean;
}>;

export type Target = 'open' | 'closed';

export type HostileRequest = Readonly<{
  category: string;
  name: string;
  /** Built only when sent, so that large bodies do not all sit in memory at once. */
  build: () => { path: string; init: RequestInit };
  expect: Expectation;
  /** Text hidden in a large input, which no answer may contain. */
  marker?: string;
  /** Values sent that a message may quote: the Cypher check looks past them. */
  inputs?: readonly string[];
  /** The app whose reads need a token, or the open one. */
  target?: Target;
}>;

let markers = 0;

/** A unique text no answer could contain by chance; letters only, so that it also fits in a GraphQL name. */
export function newMarker(): string {
  markers += 1;
  const letters = [...markers.toString(26)].map((digit) => String.fromCharCode(65 + parseInt(digit, 26))).join('');
  return `ZqxjEcho${letters}Jxqz`;
}

/**
 * A large text with a marker 1 KB in: a message may quote the start of a value it refuses, never the whole
 * of it. `length` is about the text's size.
 */
export function largeText(marker: string, length = 100_000, filler = 'x', prefix = ''): string {
  const fill = (size: number) => filler.repeat(Math.ceil(size / filler.length)).slice(0, size);
  return `${prefix}${fill(1_000)}${marker}${fill(length - 1_000)}`;
}

type GraphQLRequestOptions = Readonly<{
  variables?: unknown;
  operationName?: string;
  accept?: Accept | string;
  token?: string;
  authorization?: string;
  headers?: Record<string, string>;
}>;

function headersOf(options: GraphQLRequestOptions, contentType?: string): Record<string, string> {
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  return {
    ...(contentType ? { 'content-type': contentType } : {}),
    accept: options.accept ?? accepts.json,
    ...(authorization !== undefined ? { authorization } : {}),
    ...options.headers,
  };
}

/** POST /graphql with a JSON body. */
export function graphqlPost(document: string, options: GraphQLRequestOptions = {}) {
  return () => ({
    path: '/graphql',
    init: {
      method: 'POST',
      headers: headersOf(options, 'application/json'),
      body: JSON.stringify({ query: document, variables: options.variables, operationName: options.operationName }),
    },
  });
}

/** GET /graphql?query=…, with the CSRF header a browser could not send unless `headers` say otherwise. */
export function graphqlGet(document: string, options: GraphQLRequestOptions = {}) {
  return () => {
    const parameters = new URLSearchParams({ query: document });
    if (options.variables !== undefined) parameters.set('variables', JSON.stringify(options.variables));
    if (options.operationName !== undefined) parameters.set('operationName', options.operationName);
    return {
      path: `/graphql?${parameters}`,
      init: { method: 'GET', headers: headersOf({ ...options, headers: { ...csrfHeader, ...options.headers } }) },
    };
  };
}

/** Any method, path, headers and body, as a hostile client would send them. */
export function rawRequest(method: string, path: string, headers: Record<string, string>, body?: () => BodyInit) {
  return (): { path: string; init: RequestInit } => ({ path, init: { method, headers, ...(body ? { body: body() } : {}) } });
}

/** GET /export/<file>?<parameters>; a parameter given as a list is repeated. */
export function exportGet(file: string, parameters: Record<string, string | readonly string[]>, options: GraphQLRequestOptions = {}) {
  return () => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(parameters)) {
      for (const item of typeof value === 'string' ? [value] : value) search.append(name, item);
    }
    return { path: `/export/${file}?${search}`, init: { method: 'GET', headers: headersOf(options) } };
  };
}

type GraphQLError = { message?: unknown; extensions?: Record<string, unknown>; [key: string]: unknown };
type GraphQLResult = { data?: unknown; errors?: GraphQLError[]; extensions?: { cypherRoundTrips?: number } };

export type Outcome = Readonly<{
  request: HostileRequest;
  status: number;
  contentType: string;
  text: string;
  /** The GraphQL results of the body: one for JSON, one per event of an event stream, none otherwise. */
  results: readonly GraphQLResult[];
  unreadable: boolean;
  milliseconds: number;
}>;

function resultsOf(contentType: string, text: string): { results: GraphQLResult[]; unreadable: boolean } {
  try {
    if (contentType.includes('json')) return { results: [JSON.parse(text) as GraphQLResult], unreadable: false };
    if (contentType.includes('text/event-stream')) {
      const results = text
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice('data:'.length).trim())
        .filter((data) => data.startsWith('{'))
        .map((data) => JSON.parse(data) as GraphQLResult);
      return { results, unreadable: false };
    }
    return { results: [], unreadable: false };
  } catch {
    return { results: [], unreadable: true };
  }
}

export async function send(app: App, request: HostileRequest): Promise<Outcome> {
  const { path, init } = request.build();
  const started = performance.now();
  let status: number;
  let contentType: string;
  let text: string;
  try {
    const response = await app.fetch(`http://claimgraph${path}`, init);
    status = response.status;
    contentType = response.headers.get('content-type') ?? '';
    text = await response.text();
  } catch (error) {
    // The app threw instead of answering: as bad as a 500.
    status = 599;
    contentType = '';
    text = `app.fetch threw: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
  }
  const milliseconds = performance.now() - started;
  return { request, status, contentType, text, ...resultsOf(contentType, text), milliseconds };
}

/** Sends the requests, at most `concurrency` at a time; each outcome keeps its time for the report, which no check reads. */
export async function sendAll(
  appOf: (target: Target) => App,
  requests: readonly HostileRequest[],
  { concurrency = 16 } = {},
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]!;
      outcomes.push(await send(appOf(request.target ?? 'open'), request));
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, requests.length) }, worker));
  return outcomes;
}

export const errorAnswerLimit = 10_000;

const stackTrace = /\n\s+at\s|\bat [\w.<>$]+ \(|\.(?:ts|js|mjs|cjs):\d+:\d+|node_modules|\/src\//;
const databaseInternals =
  /Neo\.(?:Client|Database|Transient)Error|Neo4jError|org\.neo4j|org\.apache\.lucene|ParseException|\bCypher\b|\b(?:MATCH|OPTIONAL MATCH|UNWIND|MERGE|DETACH DELETE|RETURN|CALL db\.)\b/;

/** Every string inside an error: its message and each string of its extensions, however deep. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

export type Problem = Readonly<{ kind: string; outcome: Outcome }>;

/** What is wrong with an answer, by the suite's contract; nothing when it keeps it. */
export function problemsOf(outcome: Outcome): Problem[] {
  const { request, status, text, results } = outcome;
  const expectation = request.expect;
  const problems: string[] = [];
  const errors = results.flatMap((result) => result.errors ?? []);
  const codes = errors.map((error) => error.extensions?.['code']);

  if (status >= 500) problems.push('server error (5xx)');
  else if (expectation.statuses && !expectation.statuses.includes(status)) problems.push(`status ${status}, expected ${expectation.statuses.join(' or ')}`);
  if (outcome.unreadable) problems.push('a JSON content type with a body that is no JSON');
  if (codes.some((code) => code === 'RATE_LIMITED')) problems.push('RATE_LIMITED: the suite needs an app with a high rate limit');
  if (codes.some((code) => typeof code !== 'string')) problems.push('an error without extensions.code');
  const unexpected = [...new Set(codes.filter((code): code is string => typeof code === 'string' && code !== 'RATE_LIMITED' && !expectation.codes.includes(code)))];
  if (unexpected.length > 0) problems.push(`code ${unexpected.join('+')}, expected ${expectation.codes.join(' or ')}`);

  if (expectation.refused) {
    const hasBody = text.trim().length > 0;
    if (errors.length === 0 && (hasBody || !expectation.bodyOptional)) problems.push('not refused: no error');
    // A nullable field refused answers null in its place: only a value that is not null is data given away.
    const answered = (data: unknown) => data !== undefined && data !== null && (typeof data !== 'object' || Object.values(data).some(answered));
    if (results.some((result) => answered(result.data))) problems.push('not refused: answered with data');
    if (results.some((result) => (result.extensions?.cypherRoundTrips ?? 0) > 0)) problems.push('ran against Neo4j before it was refused');
  }

  if ((errors.length > 0 || status >= 400) && text.length >= errorAnswerLimit) problems.push(`an error answer of ${errorAnswerLimit / 1000} KB or more`);
  if (request.marker && text.includes(request.marker)) problems.push('echoes the large input back (its marker is in the answer)');

  // A message may quote a value as sent or as JSON writes it.
  const quoted = (request.inputs ?? [])
    .flatMap((input) => [input, JSON.stringify(input), JSON.stringify(input).slice(1, -1)])
    .filter((input) => input.length > 0)
    .sort((left, right) => right.length - left.length);
  for (const error of errors) {
    const strings = stringsOf(error).map((string) => quoted.reduce((rest, input) => rest.split(input).join(' '), string));
    if (strings.some((string) => stackTrace.test(string)) || 'stack' in error || 'stacktrace' in (error.extensions ?? {})) {
      problems.push('a stack trace or source path in an error');
    }
    if ('originalError' in (error.extensions ?? {})) problems.push('extensions.originalError in an error');
    if (strings.some((string) => databaseInternals.test(string))) problems.push('Cypher or Neo4j internals in an error');
  }
  return [...new Set(problems)].map((kind) => ({ kind, outcome }));
}

/** What came back, in one short line: status, codes and the first message. */
export function describeOutcome(outcome: Outcome): string {
  const errors = outcome.results.flatMap((result) => result.errors ?? []);
  const answer = tallyKey(outcome);
  const message = errors[0] ? ` "${String(errors[0].message).slice(0, 140)}"` : outcome.results.length === 0 ? ` ${outcome.text.slice(0, 80).replace(/\s+/g, ' ')}` : '';
  return `${outcome.request.name} → ${answer}${message} (${outcome.text.length} bytes, ${Math.round(outcome.milliseconds)} ms)`;
}

/** Problems grouped by kind, each with how many requests had it and a few of them: what the test reports. */
export function problemReport(problems: readonly Problem[], examples = 6): string[] {
  const byKind = new Map<string, Problem[]>();
  for (const problem of problems) byKind.set(problem.kind, [...(byKind.get(problem.kind) ?? []), problem]);
  return [...byKind].map(([kind, group]) => {
    const shown = group.slice(0, examples).map((problem) => `\n      ${describeOutcome(problem.outcome)}`);
    const more = group.length > examples ? `\n      … and ${group.length - examples} more` : '';
    return `${group[0]!.outcome.request.category}: ${kind} × ${group.length}${shown.join('')}${more}`;
  });
}

/** The answer as counted in the summary: HTTP status and the codes of its errors, or what it held instead. */
export function tallyKey(outcome: Outcome): string {
  const codes = [...new Set(outcome.results.flatMap((result) => result.errors ?? []).map((error) => String(error.extensions?.['code'] ?? 'no code')))];
  if (codes.length > 0) return `${outcome.status} ${codes.join('+')}`;
  if (outcome.results.some((result) => result.data !== undefined && result.data !== null)) return `${outcome.status} data`;
  if (outcome.results.length === 0 && outcome.text.length > 0) return `${outcome.status} file`;
  return `${outcome.status} empty`;
}

/** Counts of answers by status and code, over the whole suite. */
export class Tally {
  readonly #counts = new Map<string, number>();
  requests = 0;

  add(outcomes: readonly Outcome[]): void {
    for (const outcome of outcomes) {
      this.requests += 1;
      const key = tallyKey(outcome);
      this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
    }
  }

  summary(): string {
    const rows = [...this.#counts].sort(([left], [right]) => left.localeCompare(right, 'en', { numeric: true }));
    const width = Math.max(...rows.map(([key]) => key.length));
    return [`hostile requests sent: ${this.requests}`, ...rows.map(([key, count]) => `  ${key.padEnd(width)}  ${count}`)].join('\n');
  }
}
