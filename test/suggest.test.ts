import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/suggest/language.js';
import { suggestAttributions, type SuggestedAttribution } from '../src/suggest/suggest.js';
import { evaluateDirectory, precision, recall } from '../eval/score.js';

function suggest(text: string): SuggestedAttribution[] {
  const { suggestions } = suggestAttributions(text);
  for (const suggestion of suggestions) {
    for (const span of [suggestion.speaker, suggestion.content, suggestion.cue, suggestion.target, suggestion.contentContinuation]) {
      if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  }
  return suggestions;
}

function only(text: string): SuggestedAttribution {
  const suggestions = suggest(text);
  expect(suggestions).toHaveLength(1);
  return suggestions[0]!;
}

describe('who is named', () => {
  it('takes the name, not the apposition that describes it, and a pronoun after it refers to that name', () => {
    const [first, second] = suggest(
      'Karel Smit, de voorzitter van de vakbond, zegt dat de staking doorgaat. In een verklaring zegt hij dat de treinen stilstaan.',
    );
    expect(first).toMatchObject({ speakerName: 'Karel Smit' });
    expect(second).toMatchObject({ speakerName: 'Karel Smit' });
  });

  it('gives a surname alone the full name the article used before it', () => {
    const suggestions = suggest('Analist Maria Jansen zegt dat de prijzen stijgen. “Het wordt een lange winter”, zegt Jansen.');
    expect(suggestions.map((suggestion) => suggestion.speakerName)).toEqual(['Maria Jansen', 'Maria Jansen']);
  });
});

describe('direct quotes', () => {
  it('reads a Dutch quote with the speaker after it, title stripped', () => {
    const suggestion = only('„Het is een zware klap”, zegt commandant Jan de Vries.');
    expect(suggestion).toMatchObject({ kind: 'CLAIMS', speakerName: 'Jan de Vries', speakerKind: 'Person' });
    expect(suggestion.content.text).toBe('Het is een zware klap');
  });

  it('reads a Dutch quote with the speaker before it', () => {
    const suggestion = only('Minister Karin Bos zei: “We gaan door.”');
    expect(suggestion.speakerName).toBe('Karin Bos');
    expect(suggestion.content.text).toBe('We gaan door.');
  });

  it('reads a Dutch quote with the speaker in the middle', () => {
    const suggestion = only('“Dit is onaanvaardbaar”, zegt Karin Bos, “en we zullen reageren.”');
    expect(suggestion.content.text).toBe('Dit is onaanvaardbaar');
    expect(suggestion.contentContinuation?.text).toBe('en we zullen reageren.');
  });

  it('reads English quotes after, before and around the speaker, in any quotation marks', () => {
    expect(only('“We will not retreat,” said defence minister John Carter.')).toMatchObject({ speakerName: 'John Carter', content: { text: 'We will not retreat' } });
    expect(only('Carter said: "We will hold the line."')).toMatchObject({ speakerName: 'Carter', content: { text: 'We will hold the line.' } });
    const around = only('«We are ready», Anna Holm said, «and we will act.»');
    expect(around).toMatchObject({ speakerName: 'Anna Holm', content: { text: 'We are ready' } });
    expect(around.contentContinuation?.text).toBe('and we will act.');
    expect(only("‘It is over’, says Anna Holm.").content.text).toBe('It is over');
  });

  it('gives a quote that follows a quoted speaker to the same speaker', () => {
    const suggestions = suggest('“De aanval is mislukt”, zegt Roger Housen. “Het leger moet zich hergroeperen.”');
    expect(suggestions.map((suggestion) => [suggestion.speakerName, suggestion.content.text])).toEqual([
      ['Roger Housen', 'De aanval is mislukt'],
      ['Roger Housen', 'Het leger moet zich hergroeperen.'],
    ]);
  });
});

describe('reported speech', () => {
  it.each([
    ['Het Kremlin zegt dat de aanval mislukt is.', 'Kremlin', 'Organisation', 'de aanval mislukt is'],
    ['Volgens het Russische ministerie van Defensie zijn er geen doden gevallen.', 'Russische ministerie van Defensie', 'Organisation', 'zijn er geen doden gevallen'],
    ['De aanval is mislukt, aldus oud-kolonel Roger Housen.', 'Roger Housen', 'Person', 'De aanval is mislukt'],
    ['The Russian defence ministry said that the attack had failed.', 'Russian defence ministry', 'Organisation', 'the attack had failed'],
    ['According to the Kremlin, the talks were useful.', 'Kremlin', 'Organisation', 'the talks were useful'],
    ['Senator Mary Lane told reporters that the bill was dead.', 'Mary Lane', 'Person', 'the bill was dead'],
    ['The bridge was closed, Mayor Tom Hill said.', 'Tom Hill', 'Person', 'The bridge was closed'],
  ])('%s', (text, speakerName, speakerKind, content) => {
    expect(only(text)).toMatchObject({ kind: 'CLAIMS', speakerName, speakerKind, content: { text: content } });
  });

  it('marks conditional and second-hand wording as hedged', () => {
    expect(only('De premier zou naar verluidt willen aftreden, meldt de NOS.').hedged).toBe(true);
    expect(only('The general reportedly fled the country, the newspaper said.').hedged).toBe(true);
    expect(only('Het Kremlin zegt dat de aanval mislukt is.').hedged).toBe(false);
  });
});

describe('the cue decides the kind', () => {
  it.each([
    ['Het Kremlin bevestigt dat er gesprekken waren.', 'CONFIRMS', 'Kremlin'],
    ['The ministry confirmed that two soldiers died.', 'CONFIRMS', 'ministry'],
    ['Burgemeester Ans Dijk ontkent dat de brug onveilig is.', 'DISPUTES', 'Ans Dijk'],
    ['De vakbonden betwisten die cijfers.', 'DISPUTES', 'vakbonden'],
    ['Burgemeester Ans Dijk gelooft niet dat de brug veilig is.', 'DISPUTES', 'Ans Dijk'],
    ['Het kabinet verwerpt de kritiek.', 'DISPUTES', 'kabinet'],
    ['John Carter denied the report.', 'DISPUTES', 'John Carter'],
    ['John Carter dismissed the claims as propaganda.', 'DISPUTES', 'John Carter'],
    ['Critics disputed the figures.', 'DISPUTES', 'Critics'],
  ])('%s → %s', (text, kind, speakerName) => {
    expect(only(text)).toMatchObject({ kind, speakerName });
  });

  it.each([
    ['Wagner beschuldigt het Russische leger ervan munitie achter te houden.', 'Wagner', 'het Russische leger'],
    ['De vakbond wijst met de vinger naar de directie.', 'vakbond', 'de directie'],
    ['Premier Mark Rutte geeft de schuld aan de oppositie.', 'Mark Rutte', 'de oppositie'],
    ['Oppositiepartij GroenLinks geeft het provinciebestuur de schuld van de schade.', 'GroenLinks', 'het provinciebestuur'],
    ['Minister Eva Smit verwijt de bank dat ze te laat was.', 'Eva Smit', 'de bank'],
    ['Ook opvallend is dat Jan Bos opnieuw de legertop met de vinger wijst.', 'Jan Bos', 'de legertop'],
    ['The union blamed the management for the delays.', 'union', 'the management'],
    ['Kyiv accused Moscow of shelling the plant.', 'Kyiv', 'Moscow'],
    ['Officials held the contractor responsible for the collapse.', 'Officials', 'the contractor'],
  ])('%s → BLAMES', (text, speakerName, target) => {
    const suggestion = only(text);
    const blamed = target.replace(/^(?:de|het|the)\s+/u, '');
    expect(suggestion).toMatchObject({ kind: 'BLAMES', speakerName, targetName: blamed, target: { text: blamed } });
  });

  it('blames each party a blame names, each by its name', () => {
    const suggestions = suggest('Wagner geeft minister Sergej Sjojgoe en de Russische legertop de schuld van de verliezen.');
    expect(suggestions.map((suggestion) => [suggestion.kind, suggestion.targetName])).toEqual([
      ['BLAMES', 'Sergej Sjojgoe'],
      ['BLAMES', 'Russische legertop'],
    ]);
  });
});

describe('speakers', () => {
  it('keeps titles out of the name', () => {
    expect(only('Volgens oud-kolonel Roger Housen is de aanval mislukt.').speakerName).toBe('Roger Housen');
    expect(only('Ukrainian Foreign Minister Dmytro Kuleba said the strike was deliberate.').speakerName).toBe('Dmytro Kuleba');
    expect(only('De Russische president Poetin zegt dat de oorlog doorgaat.').speakerName).toBe('Poetin');
    expect(only('Minister van Mobiliteit Els Dewitte zegt dat er geld is.').speakerName).toBe('Els Dewitte');
  });

  it('resolves a pronoun to the last person named, with the antecedent as the speaker span', () => {
    const text = 'Jan Peters is burgemeester van Gent. Hij zegt dat de stad klaar is.';
    const suggestion = only(text);
    expect(suggestion).toMatchObject({ speakerName: 'Jan Peters', speakerKind: 'Person', content: { text: 'de stad klaar is' } });
    expect(suggestion.speaker.start).toBe(0);
    expect(only('Sarah Lee runs the clinic. She said the patients were safe.').speakerName).toBe('Sarah Lee');
  });

  it('resolves "it" and a description to the organisation that spoke before', () => {
    const suggestions = suggest('The Russian defence ministry denied the report. In a statement on Telegram, it said the strike hit a depot.');
    expect(suggestions.map((suggestion) => [suggestion.kind, suggestion.speakerName])).toEqual([
      ['DISPUTES', 'Russian defence ministry'],
      ['CLAIMS', 'Russian defence ministry'],
    ]);
    expect(suggest('Het KNMI bevestigt dat het regende. Dat is volgens het instituut uitzonderlijk.').map((suggestion) => suggestion.speakerName)).toEqual(['KNMI', 'KNMI']);
  });

  it('reads "the reports are plausible" as confirming them, besides claiming it', () => {
    const suggestions = suggest('Volgens oud-kolonel Roger Housen zijn de berichten aannemelijk: “Ze kloppen met wat we zien.”');
    expect(suggestions.map((suggestion) => [suggestion.kind, suggestion.speakerName])).toEqual([['CLAIMS', 'Roger Housen'], ['CONFIRMS', 'Roger Housen']]);
  });

  it('gives a spokesperson’s words to the organisation', () => {
    expect(only('A spokesman for the United Nations said the organisation was concerned.').speakerName).toBe('United Nations');
  });
});

describe('no statement, no suggestion', () => {
  it.each([
    'The Kremlin declined to comment.',
    'Burgemeester Piet Jansen wilde niet reageren.',
    'A spokesman said he would not comment.',
    'Premier Alexander De Croo wilde dinsdag niet reageren op de staking.',
    'Of de troepen zich terugtrekken, kon nog niet worden bevestigd.',
  ])('%s', (text) => {
    expect(suggest(text)).toEqual([]);
  });
});

describe('language', () => {
  it('tells Dutch from English', () => {
    expect(detectLanguage('Volgens de minister is het een zware klap voor het leger.')).toBe('nl');
    expect(detectLanguage('According to the minister it was a heavy blow to the army.')).toBe('en');
    expect(suggestAttributions('Het Kremlin zegt dat het klopt.').language).toBe('nl');
    expect(suggestAttributions('The Kremlin said that it was true.', { language: 'en-GB' }).language).toBe('en');
  });
});

describe('evaluation', () => {
  it('keeps the scores reached on the evaluation articles', () => {
    const { total } = evaluateDirectory(fileURLToPath(new URL('../eval/articles', import.meta.url)));
    // Floors are the scores of rules 2026-12-08.1 on the 31 articles, rounded down (at most 0.98, to leave one error). Six
    // articles written apart from the rules joined the 25 for it; CONFIRMS (36/39) was lower on them before any rule changed.
    const floors = {
      CLAIMS: { precision: 0.96, recall: 0.94 },
      CONFIRMS: { precision: 0.92, recall: 0.92 },
      DISPUTES: { precision: 0.98, recall: 0.93 },
      BLAMES: { precision: 0.98, recall: 0.95 },
      SPEAKERS: { precision: 0.96, recall: 0.94 },
    } as const;
    for (const [measure, floor] of Object.entries(floors) as [keyof typeof floors, (typeof floors)[keyof typeof floors]][]) {
      expect(precision(total[measure]), `${measure} precision`).toBeGreaterThanOrEqual(floor.precision);
      expect(recall(total[measure]), `${measure} recall`).toBeGreaterThanOrEqual(floor.recall);
    }
  });
});
