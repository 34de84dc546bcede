/**
 * `npm run eval:calibrate`: fits the weights of src/suggest/confidence.ts on the tuned-on articles (eval/articles/) by
 * logistic regression, and prints them next to the weights in use, to round and copy by hand. A suggestion is right as
 * `eval/score.ts` scores it. Never run on the held-out set: its figures would then no longer say anything.
 */
import { fileURLToPath } from 'node:url';
import { confidenceWeights, type ConfidenceSignals } from '../src/suggest/confidence.js';
import { readArticles, scoreArticle } from './score.js';

const articles = readArticles(fileURLToPath(new URL('./articles', import.meta.url)));
const samples = articles.flatMap((article) => {
  const wrong = new Set(scoreArticle(article).wrong);
  return article.suggestions.map((suggestion) => ({ signals: suggestion.signals, right: !wrong.has(suggestion) }));
});

/** One feature per weight of confidence.ts; the base case has none. */
const features: ReadonlyArray<readonly [string, (signals: ConfidenceSignals) => boolean, number]> = [
  ['evidence quote', (one) => one.evidence === 'quote', confidenceWeights.evidence.quote],
  ['evidence source', (one) => one.evidence === 'source', confidenceWeights.evidence.source],
  ['evidence carried', (one) => one.evidence === 'carried', confidenceWeights.evidence.carried],
  ['reach description', (one) => one.speakerReach === 'description', confidenceWeights.reach.description],
  ['reach pronoun', (one) => one.speakerReach === 'pronoun', confidenceWeights.reach.pronoun],
  ['kind CONFIRMS', (one) => one.kind === 'CONFIRMS', confidenceWeights.kind.CONFIRMS],
  ['kind DISPUTES', (one) => one.kind === 'DISPUTES', confidenceWeights.kind.DISPUTES],
  ['kind BLAMES', (one) => one.kind === 'BLAMES', confidenceWeights.kind.BLAMES],
  ['unnamed', (one) => one.unnamed, confidenceWeights.unnamed],
  ['shared', (one) => one.shared, confidenceWeights.shared],
  ['speakerKindUncertain', (one) => one.speakerKindUncertain, confidenceWeights.speakerKindUncertain],
  ['speakerRecurs', (one) => one.speakerRecurs, confidenceWeights.speakerRecurs],
  ['targetFound (BLAMES)', (one) => one.kind === 'BLAMES' && one.targetFound, confidenceWeights.targetFound],
  ['hedged', (one) => one.hedged, confidenceWeights.hedged],
  ['derived', (one) => one.derived, confidenceWeights.derived],
  ['shortContent', (one) => one.shortContent, confidenceWeights.shortContent],
];

// Gradient descent on the log-loss with an L2 penalty: the set is small, and a feature seen on few suggestions must not
// get a weight it has not earned.
const penalty = 0.01;
const rows = samples.map((sample) => ({ x: features.map(([, has]) => (has(sample.signals) ? 1 : 0)), y: sample.right ? 1 : 0 }));
let base = 0;
const weights = features.map(() => 0);
for (let step = 0; step < 20_000; step += 1) {
  let baseGradient = 0;
  const gradients = weights.map(() => 0);
  for (const { x, y } of rows) {
    const error = 1 / (1 + Math.exp(-(base + x.reduce((sum, value, index) => sum + value * weights[index]!, 0)))) - y;
    baseGradient += error;
    x.forEach((value, index) => { gradients[index]! += error * value; });
  }
  base -= (0.5 * baseGradient) / rows.length;
  weights.forEach((weight, index) => { weights[index] = weight - 0.5 * (gradients[index]! / rows.length + penalty * weight); });
}

console.log(`${samples.length} suggestions on ${articles.length} articles, ${samples.filter((sample) => sample.right).length} right.\n`);
console.log('| feature | suggestions | right | fitted | in use |\n| --- | --- | --- | --- | --- |');
console.log(`| base | ${rows.length} | ${rows.filter((row) => row.y === 1).length} | ${base.toFixed(2)} | ${confidenceWeights.base} |`);
features.forEach(([name], index) => {
  const having = rows.filter((row) => row.x[index] === 1);
  console.log(`| ${name} | ${having.length} | ${having.filter((row) => row.y === 1).length} | ${weights[index]!.toFixed(2)} | ${features[index]![2]} |`);
});
