import { describe, expect, it } from 'vitest';
import { phenomenaReading } from './phenomena-reading.js';

/* De verschijnselen van Nederlandse attributie, elk op zinnen die ervoor geschreven zijn. */

const { suggest, only } = phenomenaReading('nl');

describe('Dutch attribution', () => {
  it('reads a role or title before a name as the person\'s', () => {
    expect(only('Volgens oppositieleider Anna Berg is het plan onbetaalbaar.')).toMatchObject({ speakerName: 'Anna Berg', speakerKind: 'Person', speakerKindUncertain: false });
    expect(only('Minister van Defensie Karel Vos zegt dat de oefening doorgaat.')).toMatchObject({ speakerName: 'Karel Vos', content: { text: 'de oefening doorgaat' } });
    expect(only('„Ik wacht al een uur”, zegt reiziger Lotte Janssen.')).toMatchObject({ speakerName: 'Lotte Janssen', speakerKind: 'Person' });
  });

  it('gives a passive to its agent', () => {
    expect(only('Het bericht werd ontkend door de gemeente.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'gemeente', speakerKind: 'Organisation' });
    expect(only('Het bericht werd door de gemeente ontkend.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'gemeente' });
  });

  it('gives a spokesperson\'s words to the organisation, marked unnamed', () => {
    expect(only('Een woordvoerder van het ministerie zegt dat de regeling blijft.')).toMatchObject({
      speakerName: 'ministerie', speakerKind: 'Organisation', unnamed: true, content: { text: 'de regeling blijft' },
    });
    expect(only('Ambtenaren zeggen op voorwaarde van anonimiteit dat de premier blijft.')).toMatchObject({ speakerName: 'Ambtenaren', unnamed: true });
  });

  it('reads a quote split by its speaker tag', () => {
    expect(only('„De begroting is op”, zegt wethouder Ank Smit, „en niemand weet waar het geld is.”')).toMatchObject({
      speakerName: 'Ank Smit', content: { text: 'De begroting is op' }, contentContinuation: { text: 'en niemand weet waar het geld is.' },
    });
  });

  it('carries a paraphrase on to the next sentence when it is passed on conditionally', () => {
    const suggestions = suggest('De krant meldt dat de minister is afgetreden. Hij zou het gebouw vrijdagavond hebben verlaten.');
    expect(suggestions.map((suggestion) => [suggestion.speakerName, suggestion.hedged])).toEqual([['krant', false], ['krant', true]]);
  });

  it('lets a plural pronoun refer to two people named together', () => {
    expect(suggest('Jan Bos en Eva Smit hebben een plan. Ze zeggen dat het werkt.').map((suggestion) => suggestion.speakerName)).toEqual(['Jan Bos', 'Eva Smit']);
    expect(only('Woordvoerster Ilse Dekker en topman Piet Kramer spraken elkaar. Volgens haar is het akkoord rond.').speakerName).toMatch(/Dekker$/u);
  });

  it('takes no nationality adjective for a speaker', () => {
    expect(only('De Duitse minister zegt dat de grens open blijft.')).toMatchObject({ speakerKind: 'Person' });
    expect(only('De Duitse minister zegt dat de grens open blijft.').speakerName).not.toBe('Duitse');
  });

  it('says the kind of a speaker, and flags it when nothing says', () => {
    expect(only('Het ministerie van Financiën zegt dat de begroting sluit.')).toMatchObject({ speakerKind: 'Organisation', speakerKindUncertain: false });
    expect(only('Greenfield zegt dat de zee vervuild is.')).toMatchObject({ speakerKindUncertain: true });
  });

  it('reads blame with its target', () => {
    expect(only('De vakbond wijst naar de directie.')).toMatchObject({ kind: 'BLAMES', speakerName: 'vakbond', targetName: 'directie' });
    expect(only('Minister Eva Smit verwijt de bank dat ze te laat was.')).toMatchObject({ kind: 'BLAMES', speakerName: 'Eva Smit', targetName: 'bank' });
    expect(only('De wethouder legt de schuld bij de aannemer.')).toMatchObject({ kind: 'BLAMES', speakerName: 'wethouder', targetName: 'aannemer' });
  });

  it('proposes the whole reported clause, not a bare phrase', () => {
    expect(only('Wethouder Ank Smit ontkent het gerucht.').content.text).toBe('Wethouder Ank Smit ontkent het gerucht');
  });

  it('reads no headline and no dateline as a statement', () => {
    const text = 'Gemeente zegt dat de brug dichtgaat\n\nUTRECHT (ANP) - De gemeente zegt dat de brug in mei dichtgaat.';
    expect(suggest(text).map((suggestion) => suggestion.content.text)).toEqual(['de brug in mei dichtgaat']);
  });

  it('reads a demonstrative that opens the sentence as what was said, in the sentence before', () => {
    expect(only('Het zwembad gaat dicht. Dat schrijft minister Rob Verhoef.')).toMatchObject({ speakerName: 'Rob Verhoef', content: { text: 'Het zwembad gaat dicht' } });
    expect(only('Het zwembad gaat dicht. Dat maakte zorgverzekeraar VGZ donderdag bekend.')).toMatchObject({ speakerName: 'VGZ', content: { text: 'Het zwembad gaat dicht' } });
  });

  it('reads a compound that ends in an organisation word as saying the name is an organisation', () => {
    expect(only('Energiebedrijf Nordwind verwacht in 2027 de eerste stroom te leveren.')).toMatchObject({ speakerName: 'Nordwind', speakerKind: 'Organisation' });
  });
  it('leest een naam en een dubbele punt voor een citaat als spreker zonder werkwoord', () => {
    expect(only('Directeur Karel Smit: „Dit is pas het begin.”')).toMatchObject({ kind: 'CLAIMS', speakerName: 'Karel Smit', content: { text: 'Dit is pas het begin.' } });
  });

  it('zoekt het onderwerp voor het werkwoord als het plekje van een scheidbaar werkwoord geen naam heeft', () => {
    expect(only('Minister Petra Visser liet dinsdag weten dat de regels blijven.')).toMatchObject({ speakerName: 'Petra Visser', content: { text: 'de regels blijven' } });
  });

  it('leest "wees … af" als betwisting en "wijst naar" als schuld', () => {
    expect(only('Burgemeester Jan Bos wees een volledige hertelling af.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'Jan Bos' });
    expect(only('Hoogleraar Kees Bakker wijst naar de provincie, die volgens hem te veel vergunningen gaf.')).toMatchObject({ kind: 'BLAMES', speakerName: 'Kees Bakker', targetName: 'provincie' });
  });

  it('geeft een bewering binnen wat een ander meldt aan wie het meldt', () => {
    expect(only('Wethouder Eva Smit ontkende dat haar partij dat heeft gezegd.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'Eva Smit' });
  });
  it('leest een titel met kleine letter, een portefeuille en een naam als de persoon', () => {
    const told = suggest('De bond verwijt minister van Landbouw Petra Hoekstra dat zij niets doet. „Het water is slecht”, aldus de minister.');
    expect(told.map((suggestion) => [suggestion.kind, suggestion.speakerName, suggestion.targetName])).toEqual([['BLAMES', 'bond', 'Petra Hoekstra'], ['CLAIMS', 'Petra Hoekstra', null]]);
  });

  it('leest een bronvermelding binnen wat een spreker meldt niet als een tweede bewering', () => {
    expect(only('Hoogleraar Kees Bakker wijst naar de provincie, die volgens hem te veel vergunningen gaf.')).toMatchObject({ kind: 'BLAMES' });
  });
  it('leest "bekritiseert X vanwege" als schuld, "bekritiseert X" en "verdedigt" als betwisting', () => {
    expect(only('De wethouder bekritiseerde de aannemer vanwege de vertraging.')).toMatchObject({ kind: 'BLAMES', speakerName: 'wethouder', targetName: 'aannemer' });
    expect(only('De bond bekritiseert het plan.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'bond' });
    expect(only('De KNVB verdedigde de scheidsrechter.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'KNVB' });
  });
  it('leest "noemt dat cijfer overdreven" als betwisting, "noemt het besluit onterecht" als bewering', () => {
    expect(only('De bonden noemen dat cijfer „sterk overdreven”.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'bonden' });
    expect(only('Trainer Joost Bakker vond de kritiek overdreven.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'Joost Bakker' });
    expect(only('Het bedrijf noemt de blokkade onterecht.')).toMatchObject({ kind: 'CLAIMS' });
  });

  it('leest een samenstelling naar haar laatste deel: een titel of een organisatie', () => {
    expect(only('Twente-trainer Joost van Dam vindt dat het goed ging.')).toMatchObject({ speakerName: 'Joost van Dam', speakerKind: 'Person' });
    expect(only('Landbouwhoogleraar Kees Bakker denkt dat de protesten doorgaan.')).toMatchObject({ speakerName: 'Kees Bakker', speakerKind: 'Person' });
    const told = suggest('Actiegroep Boerenkracht verwijt de minister dat zij niets doet. Die bewering werd door de actiegroep tegengesproken.');
    expect(told.map((suggestion) => [suggestion.kind, suggestion.speakerName])).toEqual([['BLAMES', 'Boerenkracht'], ['DISPUTES', 'Boerenkracht']]);
  });
  it('leest geen voornaamwoord van de eerste of tweede persoon als naam', () => {
    expect(only('„Wij hebben niets fout gedaan”, aldus het bedrijf.')).toMatchObject({ speakerName: 'bedrijf' });
  });

  it('leest de oppositie en de verdediging als sprekers', () => {
    expect(only('De oppositie beschuldigt het kabinet van liegen.')).toMatchObject({ kind: 'BLAMES', speakerName: 'oppositie', targetName: 'kabinet' });
    expect(only('De verdediging stelt dat de verdachte onschuldig is.')).toMatchObject({ speakerName: 'verdediging', speakerKind: 'Organisation' });
  });
  it('geeft analisten van een bedrijf aan het bedrijf, en een naam met een titel in apposition aan een persoon', () => {
    expect(only('Analisten van ING verwachten dat de winst daalt.')).toMatchObject({ speakerName: 'ING', speakerKind: 'Organisation' });
    expect(only('Anna Berg, directeur van de dienst, waarschuwt dat het systeem faalt.')).toMatchObject({ speakerName: 'Anna Berg', speakerKind: 'Person', speakerKindUncertain: false });
  });

  it('leest "houdt vol" als bewering', () => {
    expect(only('Het ministerie houdt vol dat de cijfers kloppen.')).toMatchObject({ kind: 'CLAIMS', speakerName: 'ministerie', content: { text: 'de cijfers kloppen' } });
  });
  it('leest "constateert dat" als bewering', () => {
    expect(only('De inspectie constateert dat de zorg tekortschiet.')).toMatchObject({ kind: 'CLAIMS', speakerName: 'inspectie' });
  });
});
