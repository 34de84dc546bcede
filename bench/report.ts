/** bench/RESULTS.md from bench/results.json: one section per scale, and how p50 grows from 100k to 1M. */
import type { ScaleResult } from './results.js';

const fixed = (value: number | undefined, digits = 0) => (value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits));
/** Requests per second: whole numbers, with a decimal below 10 so that a slow query does not read as 0. */
const rate = (value: number | undefined) => fixed(value, value !== undefined && value < 10 ? 1 : 0);
const ratio = (ours: number | undefined, other: number | undefined) => (ours && other ? `${(ours / other).toFixed(2)}×` : '–');

export function renderMarkdown(all: Record<string, ScaleResult>): string {
  const lines: string[] = ['# Benchmark results', ''];
  lines.push(
    'Written by `npm run bench` (see bench/README.md). Ours is claimgraph; peer is `@neo4j/graphql` 7.x; raw is hand-written Cypher',
    'behind a bare HTTP endpoint, the limit of any GraphQL layer. All three run on the same embedded Neo4j and corpus, and are',
    'checked to return the same data before they are timed. req/s is over all rounds; p50 and p99 are means over rounds (ms);',
    'ratios are of req/s (ours/peer, ours/raw). RSS is the server process\'s peak resident memory while it was timed.',
    '',
  );
  const scales = Object.values(all).sort((left, right) => left.corpus.statements - right.corpus.statements);
  for (const result of scales) {
    lines.push(`## ${result.scale}: ${result.corpus.statements.toLocaleString('en')} statements`, '');
    lines.push(
      `Run ${result.ranAt}, ${result.settings['durationSeconds']} s per run, ${result.settings['rounds']} rounds, servers in turn; ` +
        `1-minute load average ${result.settings['loadAverageBeforeTiming'] ?? '?'} before timing (servers idle) and ${result.settings['loadAverageAfterTiming'] ?? '?'} after.`,
      '',
    );
    lines.push(Object.entries(result.machine).map(([key, value]) => `${key}: ${value}`).join('; '), '');
    const load = result.corpus.load;
    lines.push(
      `Corpus: ${load.nodes.toLocaleString('en')} nodes and ${load.relationships.toLocaleString('en')} relationships (${result.corpus.fingerprint}), ` +
        `loaded in ${fixed(load.seconds)} s at ${fixed(load.rowsPerSecond)} rows/s (${load.method}).`,
      '',
    );
    const imports = result.importComparison;
    if (imports) {
      lines.push(
        `Import on a sample of ${imports.sampleStatements.toLocaleString('en')} statements (${imports.rows.toLocaleString('en')} rows), two rounds each: ` +
          `project ${fixed(imports.projectRowsPerSecond)} rows/s (${imports.projectMethod}), hand-written \`UNWIND … MERGE\` ${fixed(imports.handWrittenRowsPerSecond)} rows/s: ` +
          `**${imports.ratio.toFixed(2)}×** the limit (target ≥ 0.5×).`,
        '',
      );
      if (imports.graphs) {
        lines.push(`The two loads made different graphs: hand-written ${imports.graphs.handWritten}; project ${imports.graphs.project}.`, '');
      }
    }
    lines.push('| query | c | ours req/s | peer req/s | raw req/s | ours/peer | ours/raw | p50 ours / peer / raw | p99 ours / peer / raw | errors | peak RSS MiB ours / peer / raw | round trips (depth) |');
    lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const query of result.queries) {
      for (const [connections, measured] of Object.entries(query.byConcurrency)) {
        const { ours, peer, raw } = measured;
        const triple = (pick: (measurement: NonNullable<typeof ours>) => number, digits: number) =>
          [ours, peer, raw].map((measurement) => (measurement ? fixed(pick(measurement), digits) : '–')).join(' / ');
        lines.push(
          `| ${query.id} | ${connections} | ${rate(ours?.requestsPerSecond)} | ${rate(peer?.requestsPerSecond)} | ${rate(raw?.requestsPerSecond)} | ` +
            `${ratio(ours?.requestsPerSecond, peer?.requestsPerSecond)} | ${ratio(ours?.requestsPerSecond, raw?.requestsPerSecond)} | ` +
            `${triple((m) => m.p50Ms, 1)} | ${triple((m) => m.p99Ms, 1)} | ${triple((m) => m.errors, 0)} | ${triple((m) => m.peakRssMib, 0)} | ` +
            `${query.cypherRoundTrips} (${query.depth}) |`,
        );
      }
    }
    lines.push('', 'One request alone, before timing (ms, ours / peer / raw). A server whose single request outlasts a timed run is not timed (– above).', '');
    for (const query of result.queries) {
      const single = query.singleRequestMs ?? {};
      lines.push(`- ${query.id}: ${[single.ours, single.peer, single.raw].map((value) => (value === undefined ? '–' : String(value))).join(' / ')}`);
    }
    lines.push('', 'Peer checks: ' + result.queries.map((query) => `${query.id}: ${query.peerCheck}`).join('; ') + '.', '');
  }
  const small = all['100k'];
  const large = all['1m'];
  if (small && large) {
    lines.push('## p50 at 1M / p50 at 100k (ours)', '', '| query | c=1 | c=16 | one request alone |', '|---|---|---|---|');
    for (const query of large.queries) {
      const before = small.queries.find((candidate) => candidate.id === query.id);
      const cell = (connections: string) => {
        const now = query.byConcurrency[connections]?.ours?.p50Ms;
        const then = before?.byConcurrency[connections]?.ours?.p50Ms;
        return now && then ? `${(now / then).toFixed(2)}` : '–';
      };
      const alone = query.singleRequestMs?.ours && before?.singleRequestMs?.ours ? (query.singleRequestMs.ours / before.singleRequestMs.ours).toFixed(2) : '–';
      lines.push(`| ${query.id} | ${cell('1')} | ${cell('16')} | ${alone} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** The "## " sections of a Markdown text, each with its title line. */
function sectionsOf(markdown: string): string[] {
  return markdown.split(/\n(?=## )/).filter((part) => part.startsWith('## '));
}

const titleOf = (section: string) => section.slice(0, section.indexOf('\n') < 0 ? undefined : section.indexOf('\n'));

/** Puts a section in place of the one with its title, or at the end. */
export function withSection(markdown: string, section: string): string {
  const kept = sectionsOf(markdown).filter((part) => titleOf(part) !== titleOf(section));
  const head = markdown.split(/\n(?=## )/)[0]!;
  return `${[head, ...kept, section].map((part) => part.trimEnd()).join('\n\n')}\n`;
}

/** A freshly rendered text, with the sections of the previous one that other scripts wrote (bench:variants, bench:cpu). */
export function keepingOtherSections(rendered: string, previous: string): string {
  const renderedTitles = new Set(sectionsOf(rendered).map(titleOf));
  return sectionsOf(previous)
    .filter((section) => !renderedTitles.has(titleOf(section)))
    .reduce((markdown, section) => withSection(markdown, section), rendered);
}
