import { describe, expect, it } from 'vitest';
import { phenomenaReading } from './phenomena-reading.js';

/* De verschijnselen van Nederlandse attributie, elk op zinnen die ervoor geschreven zijn. */

const { suggest, only, read } = phenomenaReading('nl');

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

  it('laat "hij" of "haar" na een woordvoerder zonder naam die sprak naar de organisatie verwijzen, als het geslacht klopt', () => {
    const agreeing = suggest('Burgemeester Hans Kok zegt dat hij boos is. Een woordvoerder van VGZ spreekt dat tegen. Er zijn volgens hem drie gesprekken geweest.');
    expect(agreeing.map((suggestion) => [suggestion.speakerName, suggestion.unnamed])).toEqual([['Hans Kok', false], ['VGZ', true], ['VGZ', true]]);
    const feminine = suggest('Wethouder Eva Smit zegt dat de weg dichtgaat. Een woordvoerster van de provincie spreekt dat tegen. Volgens haar blijft de weg open.');
    expect(feminine.map((suggestion) => suggestion.speakerName)).toEqual(['Eva Smit', 'provincie', 'provincie']);
    const disagreeing = suggest('Wethouder Eva Smit zegt dat de weg dichtgaat. Een woordvoerder van de provincie spreekt dat tegen. Volgens haar blijft de weg open.');
    expect(disagreeing.map((suggestion) => suggestion.speakerName)).toEqual(['Eva Smit', 'provincie', 'Eva Smit']);
  });

  it('houdt een voornaam die eindigt als een bijvoeglijk naamwoord, maar laat een nationaliteit voor een hele naam weg', () => {
    expect(only('Ilse Berg zegt dat de weg dichtgaat.')).toMatchObject({ speakerName: 'Ilse Berg', speakerKind: 'Person' });
    expect(only('Volgens Ilse van den Berg gaat de weg dicht.').speakerName).toBe('Ilse van den Berg');
    expect(only('De Belgische Jan Peeters zegt dat de weg dichtgaat.').speakerName).toBe('Jan Peeters');
  });

  it('leest een organisatiewoord met zijn portefeuille als één naam, ook met "en" erin', () => {
    expect(only('Een woordvoerder van het ministerie van Landbouw en Visserij zegt dat de vangst te groot is.')).toMatchObject({ speakerName: 'ministerie van Landbouw en Visserij', unnamed: true });
    expect(only('Het ministerie van Landbouw en Visserij zegt dat de vangst te groot is.').speakerName).toBe('ministerie van Landbouw en Visserij');
    expect(suggest('Het ministerie van Defensie en Jan Bos zeggen dat de vangst te groot is.').map((suggestion) => suggestion.speakerName)).toEqual(['ministerie van Defensie', 'Jan Bos']);
  });

  it('leest een naam als bijstelling aan het eind van de zin, na een omgekeerd citaatwerkwoord, als wie de beschrijving is', () => {
    expect(only('De weg gaat dicht, zei de leider van de raad, Colin Hart.')).toMatchObject({ speakerName: 'Colin Hart', content: { text: 'De weg gaat dicht' } });
    expect(only('De weg gaat dicht, zegt de burgemeester, Anna de Wit.').speakerName).toBe('Anna de Wit');
  });
});

describe('Nederlandse verslagconstructies', () => {
  it('leest "X zegt dat", "X zei dat" en het omgekeerde citaatwerkwoord', () => {
    expect(only('Burgemeester Els Kramer zegt dat de markt blijft.')).toMatchObject({ speakerName: 'Els Kramer', content: { text: 'de markt blijft' } });
    expect(only('Piet de Wit zei dinsdag dat het station dichtgaat.')).toMatchObject({ speakerName: 'Piet de Wit', content: { text: 'het station dichtgaat' } });
    expect(only('„We gaan door”, zegt Ahmed Yilmaz.')).toMatchObject({ speakerName: 'Ahmed Yilmaz', content: { text: 'We gaan door' } });
    expect(only('Het plan is te duur, aldus wethouder Kees Bakker.')).toMatchObject({ speakerName: 'Kees Bakker', content: { text: 'Het plan is te duur' } });
    expect(only('Volgens de politie was de bestuurder dronken.')).toMatchObject({ speakerName: 'politie', speakerKind: 'Organisation' });
  });

  it('leest het voltooide deelwoord achteraan, ook met een meewerkend voorwerp ertussen', () => {
    expect(only('Kees Bakker heeft gezegd dat hij in juni stopt.')).toMatchObject({ speakerName: 'Kees Bakker', content: { text: 'hij in juni stopt' } });
    expect(only('Minister Rutger Blom heeft tegen de NOS gezegd dat de wet er komt.')).toMatchObject({ speakerName: 'Rutger Blom', speakerKind: 'Person' });
    expect(only('Rutger Blom heeft tegen RTL Nieuws gezegd dat de wet er komt.').speakerName).toBe('Rutger Blom');
    expect(only('De weg gaat dicht. Dat heeft wethouder Anja Meijer laten weten.')).toMatchObject({ speakerName: 'Anja Meijer', content: { text: 'De weg gaat dicht' } });
    expect(only('De provincie heeft laten weten dat de weg dichtgaat.')).toMatchObject({ speakerName: 'provincie', content: { text: 'de weg dichtgaat' } });
    expect(only('Het ziekenhuis heeft bevestigd dat er een lek was.')).toMatchObject({ kind: 'CONFIRMS', speakerName: 'ziekenhuis' });
    expect(only('De inspectie heeft geconcludeerd dat de zorg tekortschoot.')).toMatchObject({ speakerName: 'inspectie', content: { text: 'de zorg tekortschoot' } });
    expect(only('De vakbond had gewaarschuwd dat de roosters te krap waren.').speakerName).toBe('vakbond');
    expect(only('Minister Ali Demir heeft beweerd dat de cijfers kloppen.').speakerName).toBe('Ali Demir');
  });

  it('leest geen voorwerp van een voorzetsel als onderwerp, en geen voorzetsel vooraan als naam', () => {
    expect(only('Directeur Hanna Mulder van het museum zegt tegen NU.nl dat de schilderijen terug moeten.').speakerName).toBe('Hanna Mulder');
    expect(only('Wethouder Joris Kok heeft in een brief aan de Provincie Utrecht geschreven dat de weg dichtgaat.').speakerName).toBe('Joris Kok');
    expect(only('Tegenover De Telegraaf zei de minister dat de wet er komt.')).toMatchObject({ speakerName: 'minister', speakerKind: 'Person' });
  });

  it('leest een vooropgeplaatst zinsdeel met inversie', () => {
    expect(only('Tegen RTL Nieuws zegt de wethouder dat de bouw stilligt.').speakerName).toBe('wethouder');
    expect(only('In een verklaring laat het ministerie weten dat de regels blijven.').speakerName).toBe('ministerie');
    expect(only('Vorige week zei Tom Hendriks dat het plan doorgaat.').speakerName).toBe('Tom Hendriks');
    expect(only('De school gaat dicht. Dat meldt de Volkskrant.')).toMatchObject({ speakerName: 'Volkskrant', content: { text: 'De school gaat dicht' } });
    expect(only('Er is een lek gevonden. Dat bevestigt drinkwaterbedrijf Vitens.')).toMatchObject({ kind: 'CONFIRMS', speakerName: 'Vitens' });
  });

  it('leest "laat weten", "stelt", "benadrukt", "erkent", "ontkent", "betwist" en "weerspreekt"', () => {
    expect(read('Het bedrijf liet weten dat er geen ontslagen vallen.')).toEqual([['CLAIMS', 'bedrijf', null]]);
    expect(read('Anouk Visser stelt dat de wet niet werkt.')).toEqual([['CLAIMS', 'Anouk Visser', null]]);
    expect(read('De vakbond benadrukt dat de staking doorgaat.')).toEqual([['CLAIMS', 'vakbond', null]]);
    expect(read('Minister Karin Vos erkent dat er fouten zijn gemaakt.')).toEqual([['CONFIRMS', 'Karin Vos', null]]);
    expect(read('De bond betwist dat de cijfers kloppen.')).toEqual([['DISPUTES', 'bond', null]]);
    expect(only('De gemeente weerspreekt dat de brug onveilig is.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'gemeente', content: { text: 'de brug onveilig is' } });
    expect(read('Wethouder Mark Dekker weersprak de berichten.')).toEqual([['DISPUTES', 'Mark Dekker', null]]);
    expect(read('De huurders zijn boos. Huurdersvereniging Woonbond spreekt van een schande.')).toEqual([['CLAIMS', 'Woonbond', null]]);
  });

  it('leest een titel voor een naam met tussenvoegsels, en een achternaam met tussenvoegsel vooraan', () => {
    expect(only('Minister van Onderwijs Karin Vos zegt dat de toets blijft.').speakerName).toBe('Karin Vos');
    expect(only('CDA-fractievoorzitter Jan de Boer zegt dat het kabinet moet ingrijpen.')).toMatchObject({ speakerName: 'Jan de Boer', speakerKind: 'Person' });
    expect(only('Wethouder Van der Meer zegt dat de brug in mei opengaat.')).toMatchObject({ speakerName: 'Van der Meer', speakerKind: 'Person' });
    expect(only('Van der Meer zegt dat de brug in mei opengaat.').speakerName).toBe('Van der Meer');
    expect(only('Anna de Vries is wethouder in Delft. De Vries ontkent dat ze heeft gelogen.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'Anna de Vries' });
  });

  it('laat een rolwoord terugwijzen naar wie met die rol genoemd is', () => {
    expect(only('Wethouder Piet Smit opende de brug. De wethouder zegt dat die veilig is.').speakerName).toBe('Piet Smit');
    expect(only('Minister Karin Vos bezocht Urk. De minister zei dat de haven blijft.').speakerName).toBe('Karin Vos');
    expect(only('De raad sprak met directeur Hanna Mulder van het museum. De directeur zegt dat de collectie blijft.').speakerName).toBe('Hanna Mulder');
    expect(only('Woordvoerder Lisa Bos van de gemeente was er ook. De woordvoerder zegt dat de weg dichtgaat.')).toMatchObject({ speakerName: 'Lisa Bos', unnamed: false });
    expect(only('Wethouder Tom Bakker is tevreden. „We zijn blij”, aldus de wethouder.').speakerName).toBe('Tom Bakker');
  });

  it('leest "ze" als zij of als zij-meervoud naar het getal van het werkwoord', () => {
    expect(only('Minister Karin Vos bezocht de school. Ze zegt dat de klassen te vol zijn.').speakerName).toBe('Karin Vos');
    expect(suggest('Eva Smit en Jan Bos bezochten de school. Ze zeggen dat de klassen te vol zijn.').map((suggestion) => suggestion.speakerName)).toEqual(['Eva Smit', 'Jan Bos']);
    expect(only('Wethouder Tom Bakker sprak met de bewoners. Ze zeggen dat hij niet luistert.').speakerName).toBe('bewoners');
    expect(only('Karin Vos sprak met Henk Jansen. Hij zegt dat de klassen te vol zijn.').speakerName).toBe('Henk Jansen');
  });

  it('geeft bronnen zonder naam aan hun organisatie, als onbenoemd', () => {
    expect(only('Een woordvoerder van de gemeente zegt dat de weg dichtgaat.')).toMatchObject({ speakerName: 'gemeente', unnamed: true });
    expect(only('Bronnen rond het kabinet melden dat de maatregel wordt geschrapt.')).toMatchObject({ speakerName: 'kabinet', unnamed: true });
    expect(only('Volgens bronnen binnen het ministerie wordt de maatregel geschrapt.')).toMatchObject({ speakerName: 'ministerie', unnamed: true });
    expect(only('Volgens ingewijden bij de politie wordt de zaak geseponeerd.')).toMatchObject({ speakerName: 'politie', unnamed: true });
    expect(only('Ingewijden zeggen dat het kabinet de maatregel schrapt.')).toMatchObject({ unnamed: true });
  });

  it('leest schuld met wie de schuld krijgt', () => {
    expect(read('Wethouder Kees Bakker geeft de aannemer de schuld van de vertraging.')).toEqual([['BLAMES', 'Kees Bakker', 'aannemer']]);
    expect(read('De bond wijst voor de chaos naar het kabinet.')).toEqual([['BLAMES', 'bond', 'kabinet']]);
    expect(read('Eva Smit verwijt de minister dat hij te laat ingreep.')).toEqual([['BLAMES', 'Eva Smit', 'minister']]);
    expect(read('De raad houdt de directeur verantwoordelijk voor het tekort.')).toEqual([['BLAMES', 'raad', 'directeur']]);
    expect(read('De aannemer krijgt van de gemeente de schuld van de vertraging.')).toEqual([['BLAMES', 'gemeente', 'aannemer']]);
    expect(read('De aannemer kreeg van wethouder Kees Bakker de schuld.')).toEqual([['BLAMES', 'Kees Bakker', 'aannemer']]);
  });

  it('leest scheidbare werkwoorden en woordgroepen die verslag doen, en "zo" voor een omgekeerde bijzin', () => {
    expect(read('De gemeente geeft aan dat de weg dichtgaat.')).toEqual([['CLAIMS', 'gemeente', null]]);
    expect(read('Minister Karin Vos kondigde dinsdag aan dat de regels strenger worden.')).toEqual([['CLAIMS', 'Karin Vos', null]]);
    expect(read('De directie deelde mee dat er banen verdwijnen.')).toEqual([['CLAIMS', 'directie', null]]);
    expect(read('De burgemeester heeft aangekondigd dat de markt verhuist.')).toEqual([['CLAIMS', 'burgemeester', null]]);
    expect(read('Onderzoeker Tim Bos voorspelt dat de zeespiegel sneller stijgt.')).toEqual([['CLAIMS', 'Tim Bos', null]]);
    expect(read('Zo zegt wethouder Sanne Bos dat de weg dichtgaat.')).toEqual([['CLAIMS', 'Sanne Bos', null]]);
    expect(only('De weg gaat dicht, zo laat de gemeente weten.')).toMatchObject({ speakerName: 'gemeente', content: { text: 'De weg gaat dicht' } });
    expect(read('De geur blijft hangen. Omwonenden klagen al jaren over stank.')).toEqual([['CLAIMS', 'Omwonenden', null]]);
  });

  it('leest oneens zijn, in twijfel trekken en kritiek hebben als betwisting, en "hekelt X vanwege" als schuld', () => {
    expect(read('Wethouder Sanne Bos is het oneens met de provincie.')).toEqual([['DISPUTES', 'Sanne Bos', null]]);
    expect(read('De bond is het niet eens met de minister.')).toEqual([['DISPUTES', 'bond', null]]);
    expect(read('De inspectie trekt de cijfers in twijfel.')).toEqual([['DISPUTES', 'inspectie', null]]);
    expect(read('Hoogleraar Ilse Jansen zet vraagtekens bij het onderzoek.')).toEqual([['DISPUTES', 'Ilse Jansen', null]]);
    expect(read('De oppositie heeft kritiek op het plan.')).toEqual([['DISPUTES', 'oppositie', null]]);
    expect(read('De vakbond hekelt het plan.')).toEqual([['DISPUTES', 'vakbond', null]]);
    expect(read('De vakbond hekelt de directie vanwege de ontslagen.')).toEqual([['BLAMES', 'vakbond', 'directie']]);
  });

  it('leest tussenvoegsels die naar een organisatiewoord leiden als verbinding, niet als deel van de achternaam', () => {
    expect(only('Het gaat om een ernstige fout. Dat zegt hoogleraar Ilse Jansen van de Universiteit Utrecht.')).toMatchObject({ speakerName: 'Ilse Jansen', speakerKind: 'Person' });
    expect(suggest('Hoogleraar Ilse Jansen van de Universiteit Utrecht onderzocht de zaak. „Het is ernstig”, zegt Jansen.')[0]).toMatchObject({ speakerName: 'Ilse Jansen', speakerKind: 'Person' });
    expect(only('Volgens Ilse van den Berg gaat de weg dicht.').speakerName).toBe('Ilse van den Berg');
  });

  it('geeft een bevinding aan wie ze deed: "blijkt uit X van Y", "uit X van Y blijkt dat"', () => {
    expect(only('Uit onderzoek van de NOS blijkt dat de huren stijgen.')).toMatchObject({ speakerName: 'NOS', content: { text: 'de huren stijgen' } });
    expect(only('De huren stijgen. Dat blijkt uit cijfers van het CBS.')).toMatchObject({ speakerName: 'CBS', content: { text: 'De huren stijgen' } });
    expect(suggest('De huren stijgen. Dat blijkt uit onderzoek.')).toEqual([]);
    expect(suggest('Uit de cijfers blijkt dat de huren stijgen.')).toEqual([]);
  });

  it('leest "sprak van „…”" met het citaat als wat gezegd is, een bijwoord tussen "wijst" en "naar", en de schuld geven met het deelwoord achteraan', () => {
    expect(only('Fractievoorzitter Eva Smit sprak van „schandalig” en eiste opheldering.')).toMatchObject({ kind: 'CLAIMS', speakerName: 'Eva Smit', content: { text: 'schandalig' } });
    expect(suggest('Wethouder Jan Bos is kritisch. Hij wijst daarbij naar de provincie.').map((suggestion) => [suggestion.kind, suggestion.speakerName, suggestion.targetName])).toEqual([['BLAMES', 'Jan Bos', 'provincie']]);
    expect(only('Trainer Kees Bos heeft na de wedstrijd de scheidsrechter de schuld gegeven van de nederlaag.')).toMatchObject({ kind: 'BLAMES', speakerName: 'Kees Bos', targetName: 'scheidsrechter' });
  });

  it('leest een werkwoord van zeggen zonder iets erna als geen bewering, een ontkenning wel', () => {
    expect(suggest('Ook de bond, die de staking organiseerde, reageerde.')).toEqual([]);
    expect(only('„We zijn teleurgesteld”, reageerde de bond.')).toMatchObject({ speakerName: 'bond', content: { text: 'We zijn teleurgesteld' } });
    expect(only('Minister Eva Smit ontkent.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'Eva Smit' });
  });

  it('geeft een citaat zonder aanhaling aan wie de zin ervoor opende, en laat "de 62-jarige" en "De wethouder:" terugwijzen', () => {
    expect(only('Jan Bos woont al dertig jaar in de wijk. „Het is hier nooit zo druk geweest.”')).toMatchObject({ speakerName: 'Jan Bos', content: { text: 'Het is hier nooit zo druk geweest.' } });
    expect(suggest('De gemeente sloot de brug. „Het is hier nooit zo druk geweest.”')).toEqual([]);
    expect(only('Jan Bos woont al dertig jaar in de wijk. „Het is hier nooit zo druk geweest”, zegt de 62-jarige.').speakerName).toBe('Jan Bos');
    expect(only('Wethouder Piet Smit opende de brug. De wethouder: „Dit is een mooie dag.”').speakerName).toBe('Piet Smit');
    expect(only('De FNV eist meer loon. „Het is genoeg geweest”, zegt bestuurder Mark Ruiter van de FNV.').speakerName).toBe('Mark Ruiter');
  });

  it('leest in het plekje van een scheidbaar werkwoord geen voorwerp van een voorzetsel als spreker, en leest twee bronnen na "volgens"', () => {
    expect(only('Het ministerie laat in een reactie aan de NOS weten dat de regels blijven.').speakerName).toBe('ministerie');
    expect(only('Het ministerie liet aan RTL Nieuws weten dat de regels blijven.').speakerName).toBe('ministerie');
    expect(only('De minister maakte dinsdag in de Tweede Kamer bekend dat ze opstapt.').speakerName).toBe('minister');
    expect(suggest('Volgens Jan Bos en Eva Smit gaat de brug dicht.').map((suggestion) => [suggestion.speakerName, suggestion.content.text])).toEqual([
      ['Jan Bos', 'gaat de brug dicht'], ['Eva Smit', 'gaat de brug dicht'],
    ]);
  });

  it('laat enkelvoudig "ze" een organisatie voortzetten die de zin ervoor onderwerp was, en kent meer rollen, organisaties en groepen', () => {
    expect(only('De gemeente Utrecht is boos. Ze zegt dat het rijk faalt.').speakerName).toMatch(/Utrecht$/u);
    expect(only('Wethouder Jan Bos sprak met de provincie. De provincie is boos. Ze zegt dat het rijk faalt.').speakerName).toBe('provincie');
    expect(only('Minister Karin Vos bezocht de school. Ze zegt dat de klassen te vol zijn.').speakerName).toBe('Karin Vos');
    expect(only('Philips ontslaat 500 mensen. Volgens het concern daalt de vraag.').speakerName).toBe('Philips');
    expect(only('Betrokkenen zeggen dat het plan wordt geschrapt.')).toMatchObject({ unnamed: true });
    expect(only('Politicoloog Tom Smit zegt dat de coalitie wankelt.')).toMatchObject({ speakerName: 'Tom Smit', speakerKind: 'Person', speakerKindUncertain: false });
    expect(only('De ondernemingsraad zegt dat er banen verdwijnen.')).toMatchObject({ speakerName: 'ondernemingsraad', speakerKind: 'Organisation' });
  });

  it('leest "laat optekenen", "gaat ervan uit", "is ervan overtuigd", "sluit niet uit" als bewering, "haalt uit naar" zonder waarvoor en "bagatelliseert" als betwisting', () => {
    expect(read('De wethouder liet optekenen dat de brug dichtgaat.')).toEqual([['CLAIMS', 'wethouder', null]]);
    expect(read('Het kabinet gaat ervan uit dat de economie groeit.')).toEqual([['CLAIMS', 'kabinet', null]]);
    expect(read('De minister is ervan overtuigd dat het plan werkt.')).toEqual([['CLAIMS', 'minister', null]]);
    expect(read('De burgemeester sluit niet uit dat de markt verhuist.')).toEqual([['CLAIMS', 'burgemeester', null]]);
    expect(read('Oppositieleider Eva Smit haalde fel uit naar het kabinet.')).toEqual([['DISPUTES', 'Eva Smit', null]]);
    expect(read('De minister bagatelliseert de problemen.')).toEqual([['DISPUTES', 'minister', null]]);
  });

  it('geeft een afkorting de volle naam die ze afkort, en laat een rol uit een bijstelling of een portefeuille terugwijzen', () => {
    expect(suggest('De boete komt van het Centraal Bureau Wegverkeer. Het CBW laat weten de zaak te bestuderen.').map((suggestion) => suggestion.speakerName)).toEqual(['Centraal Bureau Wegverkeer']);
    expect(only('De Vereniging van Friese Dorpen (VFD) is boos. De VFD zegt dat dorpen geen geld hebben.').speakerName).toBe('Vereniging van Friese Dorpen');
    const lawyer = suggest('Zijn advocaat, Ruben de Lange, zegt dat zijn cliënt onschuldig is. De advocaat wijst naar de VvE, die volgens hem verantwoordelijk was.');
    expect(lawyer.map((suggestion) => [suggestion.kind, suggestion.speakerName])).toEqual([['CLAIMS', 'Ruben de Lange'], ['BLAMES', 'Ruben de Lange']]);
    expect(suggest('Anna Berg, directeur van de dienst, waarschuwt dat het systeem faalt. De directeur zegt dat er geld nodig is.').map((suggestion) => suggestion.speakerName)).toEqual(['Anna Berg', 'Anna Berg']);
    expect(only('Officier van justitie Lars Veen eiste een jaar. Hij verweet directeur Bram Kok dat hij loog.')).toMatchObject({ kind: 'BLAMES', speakerName: 'Lars Veen', speakerKind: 'Person', targetName: 'Bram Kok' });
  });

  it('vindt een organisatie terug met het organisatiewoord waarop haar samenstelling eindigt, en leest "ze" na een vooropgeplaatst voorwerp als de persoon', () => {
    expect(only('Huurders zijn boos op woningcorporatie Havenzicht. Volgens de corporatie wordt elke klacht onderzocht.').speakerName).toBe('Havenzicht');
    expect(only('De Algemene Lerarenbond is boos. De bond zegt dat de salarissen te laag zijn.').speakerName).toBe('Algemene Lerarenbond');
    expect(only('Bewoonster Samira el Idrissi woont er al jaren. Ze vertelt dat de muren nat zijn.').speakerName).toBe('Samira el Idrissi');
    expect(only('Het verwijt dat de provincie de steden voortrekt, hoort gedeputeerde Eva Smit vaker. Ze ontkent dat het besluit politiek is.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'Eva Smit' });
  });

  it('leest een naam die met een afkorting opent als organisatie, en laat "hij" de spreker voortzetten die de zin ervoor opende', () => {
    const told = suggest('Wethouder Karel Dijkstra houdt Lijnbus verantwoordelijk. Tegen RTV Oost zegt hij dat het bedrijf meer personeel had beloofd.');
    expect(told.map((suggestion) => [suggestion.kind, suggestion.speakerName])).toEqual([['BLAMES', 'Karel Dijkstra'], ['CLAIMS', 'Karel Dijkstra']]);
    const continued = suggest('Fractievoorzitter Sem Kuipers heeft laten weten dat hij de gedeputeerde om opheldering vraagt. „Dit kan zo niet”, zei hij dinsdag.');
    expect(continued.map((suggestion) => suggestion.speakerName)).toEqual(['Sem Kuipers', 'Sem Kuipers']);
    expect(only('Karin Vos sprak met Henk Jansen. Hij zegt dat de klassen te vol zijn.').speakerName).toBe('Henk Jansen');
  });

  it('leest een portefeuille met "en" tussen titel en naam, "wijst op zijn beurt naar" en "legt de verantwoordelijkheid bij" als schuld', () => {
    expect(read('Minister van Landbouw en Visserij Piet Smit erkent dat de vangst te groot is. De minister wijst op zijn beurt naar de vissers.')).toEqual([
      ['CONFIRMS', 'Piet Smit', null], ['BLAMES', 'Piet Smit', 'vissers'],
    ]);
    expect(read('De bond legt de verantwoordelijkheid juist bij het kabinet.')).toEqual([['BLAMES', 'bond', 'kabinet']]);
  });

  it('leest een bron in een oordeel dat iets niet klopt als betwisting', () => {
    expect(only('Dat de bus te laat was, klopt volgens Van der Meer niet.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'Van der Meer' });
    expect(only('Dat de school te laat was, klopt volgens de wethouder niet.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'wethouder' });
    expect(only('Volgens de minister is dat niet waar.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'minister' });
    expect(only('Volgens de minister gaat de brug dicht.')).toMatchObject({ kind: 'CLAIMS' });
  });

  it('laat alleen een passief van kritiek met een reden het onderwerp de schuld geven, geen ontkenning of verdediging', () => {
    expect(only('De minister is bekritiseerd door de bond vanwege de kosten.')).toMatchObject({ kind: 'BLAMES', speakerName: 'bond', targetName: 'minister' });
    expect(only('Het besluit is bekritiseerd door de bond vanwege de kosten.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'bond', targetName: null });
    expect(only('De bond bekritiseert het plan vanwege de kosten.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'bond', targetName: null });
    expect(only('Het plan werd verdedigd door de minister omdat het geld bespaart.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'minister' });
    expect(only('Het bericht is ontkend door het ministerie omdat het onjuist zou zijn.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'ministerie' });
  });

  it('leest "haalt uit naar" als kritiek, en pas met waarvoor als schuld', () => {
    expect(only('De bond haalt uit naar het kabinet, dat volgens de bond te weinig doet.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'bond' });
    expect(only('De bond haalt fel uit naar het kabinet vanwege de bezuinigingen.')).toMatchObject({ kind: 'BLAMES', speakerName: 'bond', targetName: 'kabinet' });
  });

  it('laat "ze" een organisatie als onderwerp van de zin ervoor alleen voortzetten als daarna geen persoon is genoemd', () => {
    expect(only('De provincie is boos. Ze geeft de gemeente de schuld van de vertraging.')).toMatchObject({ kind: 'BLAMES', speakerName: 'provincie', targetName: 'gemeente' });
    expect(only('De gemeente heeft Anna Smit aangesteld als projectleider. Ze geeft de aannemer de schuld van de vertraging.')).toMatchObject({ kind: 'BLAMES', speakerName: 'Anna Smit' });
  });

  it('neemt een bezittelijk voornaamwoord aan het begin van de zin niet als onderwerp', () => {
    const suggestions = suggest('Jan de Vries zegt dat zijn cliënt onschuldig is. Zijn collega, Piet Bakker, zegt dat het dossier niet klopt. Hij geeft de politie de schuld van de fouten.');
    expect(suggestions.map((suggestion) => [suggestion.kind, suggestion.speakerName])).toEqual([['CLAIMS', 'Jan de Vries'], ['CLAIMS', 'Piet Bakker'], ['BLAMES', 'Piet Bakker']]);
  });

  it('vindt een organisatie met een samenstelling terug bij het woord waarop die eindigt, en geen organisatie van een ander soort', () => {
    const insurer = suggest('Dat maakte zorgverzekeraar VGZ donderdag bekend. Volgens de verzekeraar zijn er te weinig artsen.');
    expect(insurer.at(-1)).toMatchObject({ speakerName: 'VGZ' });
    const other = suggest('Het ministerie zegt dat het rapport niet klopt. Het bedrijf zegt dat de cijfers kloppen.');
    expect(other.map((suggestion) => suggestion.speakerName)).toEqual(['ministerie', 'bedrijf']);
  });

  it('leest een ontkende schuld niet als schuld', () => {
    expect(suggest('De minister geeft niemand de schuld van de vertraging.')).toEqual([]);
    expect(suggest('De bewoners geven de gemeente niet de schuld.')).toEqual([]);
    expect(only('De bewoners geven de gemeente de schuld.')).toMatchObject({ kind: 'BLAMES', targetName: 'gemeente' });
  });

  it('leest geen bijzin als wie de schuld krijgt, en laat het werkwoord erin staan', () => {
    expect(only('De minister geeft toe dat de gemeente de schuld heeft.')).toMatchObject({ kind: 'CONFIRMS', speakerName: 'minister' });
    expect(only('De wethouder geeft aan dat de provincie de schuld draagt.')).toMatchObject({ kind: 'CLAIMS', speakerName: 'wethouder' });
    expect(only('Het kabinet neemt de bond dat kwalijk.')).toMatchObject({ kind: 'BLAMES', targetName: 'bond' });
  });

  it('geeft geen schuld aan wie een voorzetsel regeert als een ander genoemd is', () => {
    expect(read('Trainer Jan Bos van FC Oost geeft na de nederlaag tegen FC West de scheidsrechter de schuld.')).toEqual([['BLAMES', 'Jan Bos', 'scheidsrechter']]);
    expect(read('De minister geeft in een brief aan de Kamer de provincie de schuld van de vertraging.')).toEqual([['BLAMES', 'minister', 'provincie']]);
  });

  it('leest na een vooropgeplaatst zinsdeel het onderwerp achter het werkwoord van een schuld, voor wie de schuld krijgt', () => {
    expect(read('Na overleg met de minister geeft de bond de gemeente de schuld van de vertraging.')).toEqual([['BLAMES', 'bond', 'gemeente']]);
    expect(read('Tijdens het debat met minister Eva Jansen beschuldigde Kamerlid Sara Bos het kabinet van wanbeleid.')).toEqual([['BLAMES', 'Sara Bos', 'kabinet']]);
    expect(read('Volgens de bond geeft de gemeente de provincie de schuld.')).toEqual([['CLAIMS', 'bond', null], ['BLAMES', 'gemeente', 'provincie']]);
  });

  it('leest "wijst naar" een stuk of besluit als verwijzing, niet als schuld', () => {
    expect(suggest('Raadslid Eva Smit wijst naar een advies van de Rekenkamer uit 2022, waarin al werd gewaarschuwd.')).toEqual([]);
    expect(only('Raadslid Eva Smit wijst naar de Rekenkamer, die al had gewaarschuwd.')).toMatchObject({ kind: 'BLAMES', speakerName: 'Eva Smit', targetName: 'Rekenkamer' });
  });

  it('geeft een zin met een spreker erachter aan wie daar spreekt, namens de organisatie die het onderwerp is, zonder die toevoeging', () => {
    expect(suggest('De gemeente geeft de aannemer de schuld, zegt wethouder Jan Bos.').map((suggestion) => [suggestion.kind, suggestion.speakerName, suggestion.targetName, suggestion.content.text]))
      .toEqual([['BLAMES', 'Jan Bos', 'aannemer', 'de aannemer de schuld']]);
    expect(read('De gemeente geeft de aannemer de schuld van de vertraging, aldus wethouder Jan Bos.')).toEqual([['BLAMES', 'Jan Bos', 'aannemer']]);
    expect(only('Het ministerie ontkent dat er geld verdwenen is, laat een woordvoerder weten.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'ministerie', content: { text: 'er geld verdwenen is' } });
    expect(read('Trainer Piet de Jong geeft de scheidsrechter de schuld, zegt zijn advocaat.')).toEqual([['BLAMES', 'Piet de Jong', 'scheidsrechter']]);
  });

  it('leest meervoudig "ze" na een organisatie die als enkelvoud werd genoemd als de groep die sprak', () => {
    expect(read('Bewoners zeggen dat de stank ondraaglijk is. De gemeente zegt dat ze het onderzoekt. Ze geven de fabriek de schuld.'))
      .toEqual([['CLAIMS', 'Bewoners', null], ['CLAIMS', 'gemeente', null], ['BLAMES', 'Bewoners', 'fabriek']]);
    expect(read('Minister Eva Smit en het ministerie kregen kritiek. Zij zeggen dat de cijfers kloppen.')).toEqual([['CLAIMS', 'Eva Smit', null], ['CLAIMS', 'ministerie', null]]);
  });

  it('leest "de toezichthouder" niet als het bedrijf dat ervoor werd genoemd, en "het bedrijf" niet als de toezichthouder', () => {
    expect(read('Nordwind Energie BV zegt dat de prijzen stijgen. De toezichthouder zegt dat het bedrijf fout zat.').at(-1)).toEqual(['CLAIMS', 'toezichthouder', null]);
    expect(read('Energiebedrijf Nordwind zegt dat de prijzen stijgen. De toezichthouder ACM zegt dat het onderzoek loopt. Het bedrijf ontkent alles.').at(-1))
      .toEqual(['DISPUTES', 'Nordwind', null]);
  });

  it('geeft een samenstelling met woordvoerder aan de organisatie waarmee ze opent, en leest een tussenvoegsel na voor- en achternaam als herkomst', () => {
    expect(only('Een gemeentewoordvoerder zegt dat de weg vrijdag opengaat.')).toMatchObject({ speakerName: 'gemeente', speakerKind: 'Organisation', unnamed: true });
    expect(only('Een KNVB-woordvoerder zegt dat de zaak wordt onderzocht.')).toMatchObject({ speakerName: 'KNVB', unnamed: true });
    expect(only('Topman Tom Reed van Brook Foods zegt dat de winst daalt.').speakerName).toBe('Tom Reed');
    expect(only('Hoogleraar Ilse van den Berg zegt dat het plan werkt.').speakerName).toBe('Ilse van den Berg');
    expect(only('Volgens de KNMI-meteoroloog Piet Bos wordt het warm.').speakerName).toBe('Piet Bos');
  });

  it('leest eisen en hopen dat, het ermee eens zijn, twijfelen aan, en een deelwoord voor het hulpwerkwoord van de lijdende vorm', () => {
    expect(read('De bewoners eisen dat de gemeente ingrijpt.')).toEqual([['CLAIMS', 'bewoners', null]]);
    expect(read('De gemeente is het ermee eens dat het rapport klopt.')).toEqual([['CONFIRMS', 'gemeente', null]]);
    expect(read('De minister is het met de bond eens dat de lonen omhoog moeten.')).toEqual([['CONFIRMS', 'minister', null]]);
    expect(read('Analisten zijn het met elkaar eens dat de strijd symbolisch is.')).toEqual([['CLAIMS', 'Analisten', null]]);
    expect(read('De minister twijfelt eraan of de cijfers kloppen.')).toEqual([['DISPUTES', 'minister', null]]);
    expect(read('Jan de Vries zegt dat het plan mislukt is. Volgens hem had het bestuur gewaarschuwd moeten worden.'))
      .toEqual([['CLAIMS', 'Jan de Vries', null], ['CLAIMS', 'Jan de Vries', null]]);
    expect(read('De wethouder zegt dat de weg dichtgaat. Daarmee reageert hij op klachten.').map(([, speaker]) => speaker)).not.toContain('Daarmee');
  });

  it('leest een schuld met een naam in bijstelling bij wie de schuld krijgt', () => {
    expect(read('De gemeente geeft de aannemer, Bouwbedrijf Jansen, de schuld van de vertraging.')).toEqual([['BLAMES', 'gemeente', 'Bouwbedrijf Jansen']]);
    expect(only('Boze ouders zeggen dat de school faalt.').speakerName).toBe('Boze ouders');
  });

  it('kent de aannemer als organisatie en "wilde niet zeggen" als weigering', () => {
    expect(only('De aannemer spreekt dat tegen.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'aannemer', speakerKind: 'Organisation' });
    expect(suggest('Een woordvoerder wilde niet zeggen of er extra geld komt.')).toEqual([]);
  });

  it('leest het onderwerp van een korte zin voor een dubbele punt als spreker van het citaat erna, en een kop met een citaat niet', () => {
    expect(only('Ook premier Mark Rutte is kritisch: „Dit kan zo niet langer.”')).toMatchObject({ speakerName: 'Mark Rutte', content: { text: 'Dit kan zo niet langer.' } });
    expect(only('Mark Rutte was in Brussel. Hij is duidelijk: „Dit kan zo niet langer.”').speakerName).toBe('Mark Rutte');
    expect(suggest('Trainer na nederlaag: ‘Scheidsrechter heeft ons de wedstrijd gekost’\n\nDe trainer was boos.')).toEqual([]);
  });

  it('rekent een beschrijving in bijstelling na een omgekeerde spreker tot de toevoeging, niet tot wat gezegd is', () => {
    expect(only('Het personeel is boos, zegt Piet Jansen, voorzitter van de ondernemingsraad.')).toMatchObject({ speakerName: 'Piet Jansen', content: { text: 'Het personeel is boos' } });
    expect(only('Het personeel is boos, zegt Piet Jansen, die al dertig jaar bij het bedrijf werkt.').content.text).toBe('Het personeel is boos');
    expect(only('De minister zei, daarentegen, dat het plan deugt.').content.text).toBe('het plan deugt');
  });

  it('geeft een betwisting van "dat" haar eigen zin als inhoud', () => {
    expect(suggest('Habets verwijt Kindante dat het bestuur reserves oppot. Dat wordt door Lenssen ontkend: de reserves zijn nodig.').at(-1))
      .toMatchObject({ kind: 'DISPUTES', speakerName: 'Lenssen', content: { text: 'Dat wordt door Lenssen ontkend' } });
  });

  it('leest een bewering dat een partij verantwoordelijk was of de schuld heeft als schuld van die partij', () => {
    expect(read('De wethouder zegt dat de aannemer verantwoordelijk was voor de vertraging.')).toEqual([['BLAMES', 'wethouder', 'aannemer']]);
    expect(read('Volgens de bond was het kabinet verantwoordelijk voor de chaos.')).toEqual([['BLAMES', 'bond', 'kabinet']]);
    expect(read('De bond zegt dat de minister de schuld heeft van de chaos.')).toEqual([['BLAMES', 'bond', 'minister']]);
    expect(read('De wethouder zegt dat de gemeente verantwoordelijk is voor het onderhoud.')).toEqual([['CLAIMS', 'wethouder', null]]);
  });

  it('leest iemand die met een onbepaalde titel wordt ingevoerd als spreker, met waar die vandaan komt', () => {
    expect(only('Een moeder bij De Kleine Wereld zegt dat ze begrip heeft voor de leraren.')).toMatchObject({ speakerName: 'moeder bij De Kleine Wereld', speakerKind: 'Person' });
    expect(only('Een agent zegt dat de man vluchtte.').speakerName).toBe('agent');
  });

  it('leest het meervoud van een titel als groep', () => {
    expect(only('Twee moeders zeggen dat de school te laat belde.').speakerName).toBe('moeders');
  });

  it('leest een samenstelling op -fonds, -corporatie, -bank in een naam als organisatie, ook na een titel', () => {
    expect(read('Verhuurder Vastgoedfonds Nordhaven wijst de kritiek van de hand. Een woordvoerder laat weten dat de huren kloppen. Volgens het fonds tellen de renovaties mee.'))
      .toEqual([['DISPUTES', 'Vastgoedfonds Nordhaven', null], ['CLAIMS', 'Vastgoedfonds Nordhaven', null], ['CLAIMS', 'Vastgoedfonds Nordhaven', null]]);
  });

  it('laat een persoonlijk voornaamwoord later in de zin verwijzen naar wie de zin opent, ook na een bezittelijk voornaamwoord', () => {
    expect(read('Bewoonster Ellen Vos zegt dat de huur te hoog is. Haar buurvrouw Marijke Dekker bevestigt dat: volgens haar kregen drie bewoners een brief.').map(([, speaker]) => speaker))
      .toEqual(['Ellen Vos', 'Marijke Dekker', 'Marijke Dekker']);
  });

  it('leest een lijdende vorm met een woord tussen hulpwerkwoord en deelwoord, en laat "de koepel" verwijzen naar wie het laatst sprak', () => {
    expect(read('De Bond van Groothandels wijst naar de verzekeraars. Die lezing werd woensdag ontkend door Zorgverzekeraars Nederland. Het tekort speelt volgens de koepel in heel Europa.'))
      .toEqual([['BLAMES', 'Bond van Groothandels', 'verzekeraars'], ['DISPUTES', 'Zorgverzekeraars Nederland', null], ['CLAIMS', 'Zorgverzekeraars Nederland', null]]);
  });

  it('leest een document na "volgens" als bron, of de maker ervan als die genoemd is', () => {
    expect(only('Volgens een rapport van de Onderwijsinspectie is de school zwak.').speakerName).toBe('Onderwijsinspectie');
    expect(only('Volgens het rapport is de school zwak.').speakerName).toBe('rapport');
  });

  it('laat een zelfstandig naamwoord in een betrekkelijke bijzin geen antecedent worden voor een voornaamwoord erna', () => {
    expect(read('„We worden kapotgemaakt”, zegt boer Gert-Jan Wessels, die met zijn zoon naar Zwolle kwam. Volgens hem moet het bedrijf koeien wegdoen.').map(([, speaker]) => speaker))
      .toEqual(['Gert-Jan Wessels', 'Gert-Jan Wessels']);
  });
});
