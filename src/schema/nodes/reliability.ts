import { type ReliabilityGrade, reliabilityGrades } from '../../model/kinds.js';
import { builder } from '../builder.js';

export const ReliabilityEnum = builder.enumType('SourceReliability', {
  description:
    'How reliable a source is, in the Admiralty system that intelligence and OSINT analysts grade sources by. A is best; ' +
    'a source\'s reliability is judged apart from the credibility of any one thing it says (`SourceQuote.credibility`).',
  values: {
    A: { description: 'Completely reliable: no doubt of authenticity, trustworthiness or competence; a history of complete reliability.' },
    B: { description: 'Usually reliable: minor doubt; a history of valid information most of the time.' },
    C: { description: 'Fairly reliable: doubt; provided valid information in the past.' },
    D: { description: 'Not usually reliable: significant doubt; provided valid information in the past.' },
    E: { description: 'Unreliable: lacking authenticity, trustworthiness and competency; a history of invalid information.' },
    F: { description: 'Reliability cannot be judged: no basis exists for evaluating it.' },
  } satisfies Record<(typeof reliabilityGrades)[number], unknown>,
});

/** What an Admiralty credibility grade says, for the descriptions of the fields that hold one. */
export const credibilityScale =
  '1 confirmed by other sources, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable, 6 truth cannot be judged';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer SchemaTypes> ? SchemaTypes : never;
type Graded = Readonly<{ bestReliability: ReliabilityGrade | null; bestCredibility: number | null }>;

/** The best grades behind something, said of whose sources in `behind`, e.g. "the sources that report it". */
export function bestGradeFields<Parent extends Graded>(t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>, behind: string) {
  return {
    bestReliability: t.field({
      type: ReliabilityEnum,
      nullable: true,
      description: `The best Admiralty reliability of ${behind}; null when none is graded.`,
      resolve: (graded) => graded.bestReliability,
    }),
    bestCredibility: t.int({
      nullable: true,
      description: `The best Admiralty credibility ${behind} give what it says (${credibilityScale}); null when none is graded.`,
      resolve: (graded) => graded.bestCredibility,
    }),
  };
}
