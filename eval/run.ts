import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  breakdownFields, kinds, measures, minConfidences, precision, readArticles, recall, scoreSet, speakerAccuracy, sumScores,
  type Article, type ArticleScore, type NegativeTally, type SetScore, type SpeakerTally, type Tally,
} from './score.js';

/** The rules are tuned on the first set only; the second was written apart from them and is never tuned on. */
const sets = [
  { title: 'tuned on', directory: fileURLToPath(new URL('./articles', import.meta.url)) },
  { title: 'held out', directory: fileURLToPath(new URL('./held-out', import.meta.url)) },
] as const;
const resultsFile = fileURLToPath(new URL('./RESULTS.md', import.meta.url));
/** Figures of earlier rules, written by hand when the rules change, kept in the report. */
const history = readFileSync(fileURLToPath(new URL('./history.md', import.meta.url)), 'utf8').trim();
/** `--tuned`: score the tuned-on set alone and write no report; `--verbose` lists its misses. The held-out set's are never listed. */
const tunedOnly = process.argv.includes('--tuned');
const verbose = process.argv.includes('--verbose');

const format = (value: number | null): string => (value === null ? '–' : value.toFixed(2));
const measured = (tally: Tally): string => `${format(precision(tally))} / ${format(recall(tally))}`;
const cell = (tally: Tally): string => `${measured(tally)} (${tally.correct}/${tally.suggested}, ${tally.found}/${tally.expected})`;
const speakerCell = (tally: SpeakerTally): string => `${format(speakerAccuracy(tally))} (${tally.right}/${tally.checked})`;
const negativeCell = (tally: NegativeTally): string => (tally.passages === 0 ? '–' : `${tally.taken}/${tally.passages}`);
const table = (header: readonly string[], rows: readonly string[][]): string[] => [
  `| ${header.join(' | ')} |`,
  `|${' --- |'.repeat(header.length)}`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
];
const scoreColumns = (score: Pick<SetScore, 'total' | 'speakers' | 'negatives'>): string[] =>
  [...measures.map((measure) => cell(score.total[measure])), speakerCell(score.speakers), negativeCell(score.negatives)];

const evaluated = sets.filter((set) => !tunedOnly || set.title === 'tuned on').map((set) => {
  const articles: Article[] = readArticles(set.directory);
  return { ...set, articles, byThreshold: minConfidences.map((minConfidence) => ({ minConfidence, score: scoreSet(articles, minConfidence) })) };
});

const scoreHeader = [...measures.map((measure) => (measure === 'ALL' ? 'all kinds' : measure)), 'speaker right', 'negatives taken'];
const summary = table(['set', 'articles', ...scoreHeader], evaluated.map((set) =>
  [`**${set.title}**`, String(set.articles.length), ...scoreColumns(set.byThreshold[0]!.score)]));

const thresholds = table(
  ['minConfidence', ...evaluated.flatMap((set) => [`${set.title}: all kinds`, `${set.title}: BLAMES`, `${set.title}: speaker right`])],
  minConfidences.map((minConfidence, index) => [String(minConfidence), ...evaluated.flatMap((set) => {
    const score = set.byThreshold[index]!.score;
    return [cell(score.total.ALL), cell(score.total.BLAMES), speakerCell(score.speakers)];
  })]),
);

function articleRows(articles: readonly ArticleScore[]): string[][] {
  const languages = [...new Set(articles.map((article) => article.language))].sort();
  return [
    ...articles.map((article) => [article.name, article.language, ...scoreColumns({ ...article, total: article.tallies })]),
    ...languages.map((language) => [`all ${language}`, language, ...scoreColumns(sumScores(articles.filter((article) => article.language === language)))]),
    ['**all**', '', ...scoreColumns(sumScores(articles)).map((text) => `**${text}**`)],
  ];
}

const truthCounts = table(['set', ...kinds, 'all', 'negatives'], evaluated.map((set) => {
  const truth = set.articles.flatMap((article) => article.truth);
  return [set.title, ...kinds.map((kind) => String(truth.filter((item) => item.kind === kind).length)), String(truth.length),
    String(set.articles.reduce((sum, article) => sum + article.negatives.length, 0))];
}));

/** Why truths were missed and suggestions were wrong, per set and language: counts only, never a passage. */
const breakdownHeader = [
  'set', 'lang', 'missed', 'its suggestion matched another truth', 'right kind, wrong speaker', 'right speaker, wrong kind', 'both wrong', 'no suggestion overlaps',
  'wrong suggestions', 'overlapping a truth', 'overlapping no truth',
];
const breakdown = table(breakdownHeader, evaluated.flatMap((set) => {
  const articles = set.byThreshold[0]!.score.articles;
  const languages = [...new Set(articles.map((article) => article.language))].sort();
  return [...languages.map((language) => [language, articles.filter((article) => article.language === language)] as const), ['all', articles] as const]
    .map(([language, some]) => {
      const { errors } = sumScores(some);
      const [shared, wrongSpeaker, wrongKind, bothWrong, noSuggestion, overlapping, alone] = breakdownFields.map((field) => errors[field]);
      return [set.title, language, String(shared! + wrongSpeaker! + wrongKind! + bothWrong! + noSuggestion!), String(shared), String(wrongSpeaker), String(wrongKind), String(bothWrong),
        String(noSuggestion), String(overlapping! + alone!), String(overlapping), String(alone)];
    });
}));

const report = [
  '# Attribution suggester: evaluation',
  '',
  'Generated by `npm run eval:attributions`. Two sets, scored by the same rules (`eval/score.ts`):',
  '- **tuned on**: `eval/articles/`, written together with the rules; the rules may be tuned on it.',
  '- **held out**: `eval/held-out/`, written apart from the rules (without reading them) and with its truth fixed before',
  '  anything ran on it. Never tune on it: read its misses only to find a rule of the language, then write a test of your own.',
  '',
  'A cell is precision / recall (right suggestions / suggestions, found truths / truths). A suggestion is right when its kind',
  'matches, its speaker matches the true speaker by name (one contains the other, or the same surname), and its content',
  'overlaps the true content; each truth is matched once, most confident suggestions first. **all kinds** sums the four',
  'kinds; **SPEAKERS** ignores the kind. **speaker right**: of the suggestions whose content overlaps a true attribution\'s,',
  'the share that name one of those attributions\' speakers. **negatives taken**: passages that read like attributions but are',
  'none (headlines, "the claim that …", refusals to comment), listed in `<article>.negatives.json`, that a suggestion overlaps.',
  '',
  '## The two sets',
  '',
  ...summary,
  '',
  'True attributions per kind, and negatives:',
  '',
  ...truthCounts,
  '',
  '## At each minConfidence',
  '',
  'Only suggestions whose confidence reaches the threshold count.',
  '',
  ...thresholds,
  '',
  '## Where the errors are',
  '',
  'Of the truths missed (at minConfidence 0), the first that holds: a suggestion right for it was matched to another truth',
  '(one suggestion over two statements); a suggestion overlaps the content with the right kind but',
  'another speaker; with the right speaker but another kind; with neither; or no suggestion overlaps it. Of the wrong',
  'suggestions, those that overlap some true attribution\'s content and those that overlap none.',
  '',
  ...breakdown,
  '',
  history,
  '',
  ...evaluated.flatMap((set) => [
    `## Per article: ${set.title} (\`${set.title === 'tuned on' ? 'eval/articles/' : 'eval/held-out/'}\`)`,
    '',
    ...table(['article', 'lang', ...scoreHeader], articleRows(set.byThreshold[0]!.score.articles)),
    '',
  ]),
].join('\n');
if (!tunedOnly) writeFileSync(resultsFile, report);
console.log(report);

if (verbose) {
  for (const set of evaluated.filter((one) => one.title === 'tuned on')) {
    for (const article of set.byThreshold[0]!.score.articles) {
      console.log(`\n## ${set.title}: ${article.name}`);
      for (const item of article.missed) console.log(`  missed ${item.kind} ${item.speaker}: ${item.content.slice(0, 70)}`);
      for (const wrong of article.wrong) console.log(`  wrong  ${wrong.kind} ${wrong.speakerName}${wrong.targetName ? ` → ${wrong.targetName}` : ''}: ${wrong.content.text.slice(0, 70)}`);
    }
  }
}
