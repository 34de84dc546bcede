import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';

const usage = [
  'Usage: npm run suggest -- <article.txt> --out draft.json [--language nl] [--title …] [--published 2023-05-17] [--url <article url>] [--api <api>]',
  '  Sends the text to the running API (default http://127.0.0.1:$PORT) as suggestAttributions and writes the draft',
  '  document to --out (without it, to stdout, after npm\'s own banner: use npm run -s), a summary of the suggestions',
  '  to stderr. Review the draft, then: npm run import -- draft.json',
].join('\n');

const suggestQuery = `query SuggestAttributions($text: String!, $language: String, $title: String, $published: String, $url: String) {
  suggestAttributions(text: $text, language: $language, title: $title, published: $published, url: $url) {
    language
    document
    suggestions {
      kind speakerName hedged confidence
      content { text }
      speakerEntity { id }
      speakerCandidates { id }
      targetName
      possibleDuplicates { statement { id } }
    }
  }
}`;

type Suggestion = {
  kind: string;
  speakerName: string;
  hedged: boolean;
  confidence: number;
  content: { text: string };
  speakerEntity: { id: string } | null;
  speakerCandidates: { id: string }[];
  targetName: string | null;
  possibleDuplicates: { statement: { id: string } }[];
};
type Answer = {
  data?: { suggestAttributions: { language: string; document: unknown; suggestions: Suggestion[] } } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    language: { type: 'string' },
    title: { type: 'string' },
    published: { type: 'string' },
    url: { type: 'string' },
    api: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help || positionals.length !== 1) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}

const text = await readFile(positionals[0]!, 'utf8').catch((error: unknown) => {
  console.error(`Cannot read ${positionals[0]}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
const endpoint = new URL('/graphql', values.api ?? `http://127.0.0.1:${loadConfig().port}`);
const variables = { text, language: values.language, title: values.title, published: values.published, url: values.url };
const answer = (await fetch(endpoint, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify({ query: suggestQuery, variables }),
})
  .then((response) => response.json())
  .catch((error: unknown) => {
    console.error(`No claimgraph API answers at ${endpoint} (${error instanceof Error ? error.message : String(error)}): start it with npm start, or pass --api.`);
    process.exit(1);
  })) as Answer;

const [error] = answer.errors ?? [];
if (error || !answer.data) {
  console.error(error ? `${error.message} (${error.extensions?.code ?? 'no code'})` : 'The API gave no answer.');
  process.exit(1);
}
const draft = answer.data.suggestAttributions;
const json = `${JSON.stringify(draft.document, null, 2)}\n`;
if (values.out) {
  await writeFile(values.out, json).catch((error: unknown) => {
    console.error(`Cannot write ${values.out}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
} else process.stdout.write(json);
console.error(`${draft.suggestions.length} suggestion(s), language ${draft.language}:`);
for (const suggestion of draft.suggestions) {
  const speaker =
    suggestion.speakerEntity?.id ?? (suggestion.speakerCandidates.length > 1 ? `ambiguous: ${suggestion.speakerCandidates.map(({ id }) => id).join(', ')}` : 'new');
  const notes = [
    suggestion.targetName && `target ${suggestion.targetName}`,
    suggestion.hedged && 'hedged',
    suggestion.possibleDuplicates.length > 0 && `like ${suggestion.possibleDuplicates.map(({ statement }) => statement.id).join(', ')}`,
  ].filter(Boolean);
  const words = suggestion.content.text.length > 70 ? `${suggestion.content.text.slice(0, 69)}…` : suggestion.content.text;
  console.error(`  ${suggestion.kind.padEnd(8)} ${suggestion.speakerName} (${speaker}): "${words}"${notes.length ? ` [${notes.join('; ')}]` : ''}`);
}
