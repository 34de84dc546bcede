import { describe, expect, it } from 'vitest';
import { phenomenaReading } from './phenomena-reading.js';

/* The phenomena of English attribution, each on sentences written for it. */

const { suggest, only, read } = phenomenaReading('en');

describe('English attribution', () => {
  it('reads a role before a name as the person\'s, not as part of the name', () => {
    expect(only('According to opposition leader Tom Reed, the plan is unaffordable.')).toMatchObject({ speakerName: 'Tom Reed', speakerKind: 'Person', speakerKindUncertain: false });
  });

  it('gives a passive to its agent, with the subject as what was disputed', () => {
    expect(only('The allegation was denied by the ministry.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'ministry', speakerKind: 'Organisation' });
    expect(suggest('The allegation was denied.')).toEqual([]);
  });

  it('gives unnamed sources to the organisation or group, marked unnamed', () => {
    expect(only('Officials said on condition of anonymity that the talks had stalled.')).toMatchObject({ speakerName: 'Officials', unnamed: true, content: { text: 'the talks had stalled' } });
    expect(only('A spokesman for the United Nations said the convoy had been stopped.')).toMatchObject({ speakerName: 'United Nations', speakerKind: 'Organisation', unnamed: true });
    expect(only('Mayor Ann Cole said the bridge would reopen.').unnamed).toBe(false);
  });

  it('reads a quote split by its speaker tag as one statement in two parts', () => {
    expect(only('"The budget is gone," said Mayor Ann Cole, "and nobody knows where."')).toMatchObject({
      speakerName: 'Ann Cole', content: { text: 'The budget is gone' }, contentContinuation: { text: 'and nobody knows where.' },
    });
  });

  it('carries a reported account on to the next sentence when it is passed on conditionally', () => {
    const suggestions = suggest('The newspaper said the minister had resigned. He reportedly left the building on Friday night.');
    expect(suggestions.map((suggestion) => [suggestion.speakerName, suggestion.hedged])).toEqual([['newspaper', false], ['newspaper', true]]);
  });

  it('lets a plural pronoun refer to two people named together, and a singular one agree in gender', () => {
    expect(suggest('Peter Wright and Laura Price met on Monday. They said the deal was done.').map((suggestion) => suggestion.speakerName)).toEqual(['Peter Wright', 'Laura Price']);
    expect(only('Peter Wright spoke first. Then Laura Price arrived. She said the deal was done.').speakerName).toBe('Laura Price');
    const told = suggest('Chairwoman Joan Hale said the club was sound. Mr Ed Moss said it was not. She added that the accounts were public.');
    expect(told.map((suggestion) => suggestion.speakerName)).toEqual(['Joan Hale', 'Ed Moss', 'Joan Hale']);
  });

  it('takes neither a nationality adjective nor a day for a speaker', () => {
    expect(only('The German minister said the border stays open.')).toMatchObject({ speakerName: 'German minister', speakerKind: 'Person' });
    expect(suggest('The Dutch said nothing.')).toEqual([]);
  });

  it('says the kind of a speaker from the words around it, and flags it when nothing says', () => {
    expect(only('The Ministry of Health said the vaccine was safe.')).toMatchObject({ speakerKind: 'Organisation', speakerKindUncertain: false });
    expect(only('Senator Mary Lane said the bill was dead.')).toMatchObject({ speakerKind: 'Person', speakerKindUncertain: false });
    expect(only('Mary Lane said the bill was dead.')).toMatchObject({ speakerKind: 'Person', speakerKindUncertain: true });
    expect(only('Greenfield said the bill was dead.')).toMatchObject({ speakerKindUncertain: true });
  });

  it('reads blame with its target', () => {
    expect(only('The union blames the management for the delays.')).toMatchObject({ kind: 'BLAMES', speakerName: 'union', targetName: 'management' });
    expect(only('The mayor accused the contractor of cutting corners.')).toMatchObject({ kind: 'BLAMES', speakerName: 'mayor', targetName: 'contractor' });
  });

  it('proposes the whole reported clause, not a bare phrase', () => {
    expect(only('Minister Carl Dunn dismissed the threat.').content.text).toBe('Minister Carl Dunn dismissed the threat');
    expect(only('The council said that fees would rise next year.').content.text).toBe('fees would rise next year');
  });

  it('reads no headline as a statement', () => {
    expect(suggest('Council says fees will rise\n\nThe council said on Monday that fees would rise next year.').map((suggestion) => suggestion.content.text)).toEqual(['fees would rise next year']);
  });

  it('reads no cue after a modal verb: "would write" tells what may be said, not what was', () => {
    expect(suggest('The club would write to the league about the decision.')).toEqual([]);
    expect(only('The club wrote that the decision was wrong.')).toMatchObject({ speakerName: 'club' });
  });

  it('reads a title modifier that opens the sentence as part of the title, not as a name', () => {
    expect(only('Former referee Alan Price said the decision was correct.')).toMatchObject({ speakerName: 'Alan Price', speakerKind: 'Person' });
  });

  it('reads a possessive before a title as whose the person is, and the name in apposition as who', () => {
    expect(only("Eastfield's captain, Marcus Bell, insisted he had been tripped.")).toMatchObject({ speakerName: 'Marcus Bell', speakerKind: 'Person' });
  });

  it('takes the kind of a name from a common noun in apposition to it', () => {
    expect(only('Severn Water, the local supplier, confirmed that the demand could be met.')).toMatchObject({
      speakerName: 'Severn Water', speakerKind: 'Organisation', speakerKindUncertain: false,
    });
  });

  it('is more confident of a named speaker\'s quote than of a pronoun\'s reported clause, and of that than of a sentence carried over', () => {
    const [quote, reported, carried] = suggest('Mayor Ann Cole spoke on Monday. "The budget is gone," Cole said. She said the bridge would reopen in May. "Nobody knows where the money went."');
    expect([quote!.evidence, reported!.evidence, carried!.evidence]).toEqual(['quote', 'reported', 'carried']);
    expect(quote!.confidence).toBeGreaterThan(reported!.confidence);
    expect(reported!.confidence).toBeGreaterThan(carried!.confidence);
  });
  it('gives the words to the one named before an apposition that describes them, not to a name inside it', () => {
    expect(only('Jane Cole, a statistician at the University of Leeds, warned that the figures were too small.')).toMatchObject({ speakerName: 'Jane Cole' });
  });

  it('reads a possessive before an organisation word as whose it is, and the name in apposition as which', () => {
    expect(only("Hale's union, Unity, blamed the owners for the accident.")).toMatchObject({ kind: 'BLAMES', speakerName: 'Unity', speakerKind: 'Organisation', targetName: 'owners' });
  });

  it('lets "the company" and "it" refer to a speaker whose kind was only guessed from a two-word name', () => {
    const told = suggest('Brook Labs rejected the findings. In a statement, the company said the trial was flawed. "Our product is safe," it said.');
    expect(told.map((suggestion) => [suggestion.speakerName, suggestion.speakerKind])).toEqual([['Brook Labs', 'Person'], ['Brook Labs', 'Organisation'], ['Brook Labs', 'Organisation']]);
    expect(suggest('The council spoke first. Mary Lane said the plan was bad. The council said it was good.').map((suggestion) => suggestion.speakerName)).toEqual(['Mary Lane', 'council']);
  });

  it('reads a cue word right after a cue verb as its object: "rejected claims that …" is one dispute', () => {
    expect(only('The board rejected claims that members had been warned.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'board' });
  });

  it('reads a name and a colon before a quote as a speaker tag without a verb', () => {
    expect(only('Prime Minister Anna Berg: "We will not give in."')).toMatchObject({ kind: 'CLAIMS', speakerName: 'Anna Berg', content: { text: 'We will not give in.' }, evidence: 'quote' });
    expect(suggest('The verdict: "guilty on all counts".')).toEqual([]);
  });

  it('gives a claim reported inside another speaker\'s report to the one who reports it', () => {
    expect(only('Senator Ann Lee said her committee had warned that the market was too concentrated.')).toMatchObject({ speakerName: 'Ann Lee' });
  });
  it('lets "it" refer to the organisation named earlier in its sentence before one that spoke before', () => {
    const told = suggest('Prosecutors accused Ross of fraud. The trustee board said it accepted the criticism. It rejected claims that members had been warned.');
    expect(told.map((suggestion) => [suggestion.kind, suggestion.speakerName])).toEqual([['BLAMES', 'Prosecutors'], ['CLAIMS', 'trustee board'], ['DISPUTES', 'trustee board']]);
  });

  it('reads "but added that" as a second statement, not as part of the first', () => {
    expect(suggest('Coach Alan Price said the decision was correct, but added that the rules were unclear.').map((suggestion) => suggestion.content.text))
      .toEqual(['the decision was correct', 'the rules were unclear']);
  });
  it('reads a cue word after a number as a noun: "230 reports of falls" reports nothing', () => {
    expect(only('The agency confirmed that it had received 230 reports of falls.')).toMatchObject({ kind: 'CONFIRMS' });
  });
  it('reads "criticised X for" as blame, "criticised X" as a dispute, and a passive with a reason as blame of its subject', () => {
    expect(only('The mayor criticised the council for the delays.')).toMatchObject({ kind: 'BLAMES', speakerName: 'mayor', targetName: 'council' });
    expect(only('The union criticised the plan.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'union' });
    expect(only('The trustees were criticised by the judge for failing to check the accounts.')).toMatchObject({ kind: 'BLAMES', speakerName: 'judge', targetName: 'trustees' });
    expect(suggest('The decision was criticised by the regional mayor, Colin Hart, who spoke on Monday.')[0]).toMatchObject({ kind: 'DISPUTES', speakerName: 'Colin Hart' });
  });

  it('reads "defended" as a dispute, with its subject as the speaker: only verbs that say or confirm are inverted', () => {
    expect(only('The league\'s referees\' body, the PGB, defended the official.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'PGB' });
    expect(only('"It was fine," confirmed the minister.')).toMatchObject({ kind: 'CONFIRMS', speakerName: 'minister' });
  });

  it('reads "cautioned that" as a claim', () => {
    expect(only('Dr Anna Nowak cautioned that the study showed no proof.')).toMatchObject({ kind: 'CLAIMS', speakerName: 'Anna Nowak', content: { text: 'the study showed no proof' } });
  });
  it('reads "called the figures exaggerated" as a dispute', () => {
    expect(only('The union called the figures exaggerated.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'union' });
  });
  it('reads no first- or second-person pronoun as a name: "We" in a quote is the speaker', () => {
    expect(only('"We did nothing wrong," the company said in a statement.')).toMatchObject({ speakerName: 'company', content: { text: 'We did nothing wrong' } });
  });

  it('reads a collective body as a speaker: the opposition, the prosecution, the jury', () => {
    expect(only('The opposition accused the government of lying about the figures.')).toMatchObject({ kind: 'BLAMES', speakerName: 'opposition', targetName: 'government' });
    expect(only('The prosecution said the defendant had lied.')).toMatchObject({ speakerName: 'prosecution', speakerKind: 'Organisation' });
    expect(only('Union boss Ann Lee said the strike would go on.')).toMatchObject({ speakerName: 'Ann Lee', speakerKind: 'Person' });
  });

  it('leaves whom "told" addresses out of what was said', () => {
    expect(only('Health Secretary Wes Street told MPs the waiting lists were shrinking.').content.text).toBe('the waiting lists were shrinking');
  });
  it('reads "both" before two names as no part of the first', () => {
    expect(suggest('Both Tom Smith and Ann Jones denied wrongdoing.').map((suggestion) => suggestion.speakerName)).toEqual(['Tom Smith', 'Ann Jones']);
  });
  it('reads "found that" as a reported finding, and lets "they" agree with a plural noun before a singular organisation', () => {
    expect(only('The researchers, from the University of Bristol, followed 900 patients. They found that falls were twice as common.'))
      .toMatchObject({ kind: 'CLAIMS', speakerName: 'researchers', content: { text: 'falls were twice as common' } });
    expect(suggest('Police found the body on Monday.')).toEqual([]);
  });

  it('lets "he" or "she" after an unnamed spokesperson who spoke refer to the organisation, when the gender agrees', () => {
    const agreeing = suggest('Mayor Tom Reed spoke on Monday. A spokeswoman for the council said the road would close. She added that it would reopen in May.');
    expect(agreeing.map((suggestion) => suggestion.speakerName)).toEqual(['council', 'council']);
    const disagreeing = suggest('Mayor Tom Reed spoke on Monday. A spokesman for the council said the road would close. She added that it would reopen in May.');
    expect(disagreeing.map((suggestion) => suggestion.speakerName)).toEqual(['council', 'Tom Reed']);
    const named = suggest('A spokesperson for the council said the road would close. Mayor Tom Reed said he was angry.');
    expect(named.map((suggestion) => suggestion.speakerName)).toEqual(['council', 'Tom Reed']);
  });

  it('keeps a first name that ends like an adjective, but drops a nationality adjective before a whole name', () => {
    expect(only('Brian Hart said the road would close.')).toMatchObject({ speakerName: 'Brian Hart', speakerKind: 'Person' });
    expect(only('Nigerian Ade Bello said the road would close.').speakerName).toBe('Ade Bello');
  });

  it('reads an organisation word with its portfolio, or capitalised words that a conjunction joins up to one, as one name', () => {
    expect(only('A Department for Work and Pensions spokesman said the rules had changed.')).toMatchObject({ speakerName: 'Department for Work and Pensions', speakerKind: 'Organisation', unnamed: true });
    expect(only('A spokesman for the Ministry of Defence said the rules had changed.')).toMatchObject({ speakerName: 'Ministry of Defence', unnamed: true });
    expect(only('The Food and Drug Administration said the drug was safe.').speakerName).toBe('Food and Drug Administration');
    expect(suggest('The Ministry of Defence and Jan Bos said the deal was done.').map((suggestion) => suggestion.speakerName)).toEqual(['Ministry of Defence', 'Jan Bos']);
    expect(only('Tom Reed of Acme Holdings said the deal was done.').speakerName).toBe('Tom Reed');
  });

  it('reads a name in apposition that closes the sentence after an inverted cue as who the description is', () => {
    expect(only("The road will close, said the council's leader, Colin Hart.")).toMatchObject({ speakerName: 'Colin Hart', speakerKind: 'Person', content: { text: 'The road will close' } });
    expect(only('The road will close, said the mayor.').speakerName).toBe('mayor');
  });
});

describe('English reporting constructions', () => {
  it('reads perfect tenses, fronted phrases and a prepositional phrase between subject and verb', () => {
    expect(only('Kevin Baker has said that he will step down in June.')).toMatchObject({ speakerName: 'Kevin Baker', content: { text: 'he will step down in June' } });
    expect(only('In an interview with the Guardian, Karen Voss said the test would stay.').speakerName).toBe('Karen Voss');
    expect(only('The mayor, in an interview with Sky News, said the bridge was safe.').speakerName).toBe('mayor');
    expect(only('Councillor Ruth Lowe in a letter to the Home Office wrote that the centre would close.').speakerName).toBe('Ruth Lowe');
    expect(only('Councillor Van der Meer said the bridge would reopen in May.').speakerName).toBe('Van der Meer');
  });

  it('lets a role noun refer back to the one named with that role', () => {
    expect(only('Councillor Piet Smith opened the bridge. The councillor said it was safe.').speakerName).toBe('Piet Smith');
    expect(suggest('Eve Smith and John Ross visited the school. They said the classes were too big.').map((suggestion) => suggestion.speakerName)).toEqual(['Eve Smith', 'John Ross']);
  });

  it('reads verbs that reveal, promise or complain as claims, and being at odds, taking issue or casting doubt as disputes', () => {
    expect(read('The company revealed that profits had fallen.')).toEqual([['CLAIMS', 'company', null]]);
    expect(read('The mayor promised that the pool would reopen.')).toEqual([['CLAIMS', 'mayor', null]]);
    expect(read('Residents complained that the bins were not collected.')).toEqual([['CLAIMS', 'Residents', null]]);
    expect(read('The union is at odds with the minister.')).toEqual([['DISPUTES', 'union', null]]);
    expect(read('The firm took issue with the report.')).toEqual([['DISPUTES', 'firm', null]]);
    expect(read('Experts cast doubt on the study.')).toEqual([['DISPUTES', 'Experts', null]]);
    expect(suggest('The suspect was questioned by police.')).toEqual([]);
  });


  it('reads "called" before a quotation as a claim of what it quotes, and a plural genitive inside a name', () => {
    expect(only('In what one union called "a betrayal", the firm closed the plant.')).toMatchObject({ kind: 'CLAIMS', speakerName: 'union', content: { text: 'a betrayal' } });
    expect(only('Professor Jane Hall called it "a landmark study".')).toMatchObject({ speakerName: 'Jane Hall', content: { text: 'a landmark study' } });
    expect(suggest('The firm called the police.')).toEqual([]);
    const told = suggest("Anna Berg, who chairs the Riverside Tenants' Association, said the rent was too high. She accused the landlord of neglect.");
    expect(told.map((suggestion) => [suggestion.kind, suggestion.speakerName, suggestion.targetName])).toEqual([['CLAIMS', 'Anna Berg', null], ['BLAMES', 'Anna Berg', 'landlord']]);
  });

  it('gives a quote without a tag to the person who opened the sentence before, and lets "the 62-year-old" and "The councillor:" refer back', () => {
    expect(only('John Bates has lived on the street for thirty years. "It has never been this busy."')).toMatchObject({ speakerName: 'John Bates', content: { text: 'It has never been this busy.' } });
    expect(suggest('The council closed the bridge. "It has never been this busy."')).toEqual([]);
    expect(only('John Bates has lived on the street for thirty years. "It has never been this busy," said the 62-year-old.').speakerName).toBe('John Bates');
    expect(only('Councillor Piet Smith opened the bridge. The councillor: "This is a great day."').speakerName).toBe('Piet Smith');
  });

  it('reads two sources that "according to" names together', () => {
    expect(suggest('According to Jan Bos and Eve Smith, the bridge will close.').map((suggestion) => [suggestion.speakerName, suggestion.content.text])).toEqual([
      ['Jan Bos', 'the bridge will close'], ['Eve Smith', 'the bridge will close'],
    ]);
  });

  it('knows retailers and chains: a group speaks, and "the retailer" refers back', () => {
    expect(only('Retailers said sales had fallen.')).toMatchObject({ speakerName: 'Retailers', unnamed: true });
    expect(only('Alba, the supermarket chain, cut prices. The retailer said demand had fallen.').speakerName).toBe('Alba');
  });

  it('reads "expects that" and "is convinced that" as claims, "accepted that" as a confirmation, "downplayed", "condemned" and "slammed" as disputes', () => {
    expect(read('The council expects that the road will reopen in May.')).toEqual([['CLAIMS', 'council', null]]);
    expect(read('The council is expected to approve the plan.')).toEqual([]);
    expect(read('The minister accepted that mistakes were made.')).toEqual([['CONFIRMS', 'minister', null]]);
    expect(read('The company downplayed the risks.')).toEqual([['DISPUTES', 'company', null]]);
    expect(read('The union slammed the cuts.')).toEqual([['DISPUTES', 'union', null]]);
    expect(read('The union condemned the decision.')).toEqual([['DISPUTES', 'union', null]]);
    expect(read('Police attacked the protesters.')).toEqual([]);
  });

  it('gives an acronym the full name it abbreviates or follows in brackets', () => {
    expect(suggest('Harbour Water Services (HWS) said bills would rise. HWS rejected that claim.').map((suggestion) => suggestion.speakerName)).toEqual(['Harbour Water Services', 'Harbour Water Services']);
    expect(only('He blamed the National Rowing Council (NRC) for losing a sample. NRC denied that it lost the sample.').speakerName).toBe('National Rowing Council');
    expect(only('The BBC said the talks had failed.').speakerName).toBe('BBC');
  });

  it('lets "the regulator" refer to the organisation that opened the sentence before, reads a title narrowed by an organisation word as a person\'s, and remembers no common noun from a quote', () => {
    const regulator = suggest("Tidewater, which regulates the ports, confirmed that it had opened an inquiry into Harbourline's fees. In a statement, the regulator said it would examine the increases.");
    expect(regulator.map((suggestion) => [suggestion.kind, suggestion.speakerName])).toEqual([['CONFIRMS', 'Tidewater'], ['CLAIMS', 'Tidewater']]);
    expect(only('"The sample was tested under international rules," a spokesperson for the agency said.').speakerName).toBe('agency');
    expect(only('The transport minister, Grace Obi, said she had asked officials for a briefing.')).toMatchObject({ speakerName: 'Grace Obi', speakerKind: 'Person' });
    const champion = suggest('Former world champion Lena Ortiz said she believed the rower was innocent and accused the authorities of bias.');
    expect(champion.map((suggestion) => [suggestion.kind, suggestion.speakerName])).toEqual([['CLAIMS', 'Lena Ortiz'], ['BLAMES', 'Lena Ortiz']]);
  });

  it('reads a tag between commas inside what the same speaker reports as no statement of its own', () => {
    expect(only('Dan Ford blamed the agency for losing a sample that, he said, could have proved his innocence.')).toMatchObject({ kind: 'BLAMES', speakerName: 'Dan Ford', targetName: 'agency' });
  });

  it('reads a source in a verdict that something is untrue as a dispute', () => {
    expect(only('That is not true, according to the minister.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'minister' });
    expect(only('The bridge will close, according to the minister.')).toMatchObject({ kind: 'CLAIMS' });
  });

  it('blames the subject of a passive only for criticism of a party with a reason, not for a denial or a defence', () => {
    expect(only('Mark Jones was criticised by the judge for his conduct.')).toMatchObject({ kind: 'BLAMES', speakerName: 'judge', targetName: 'Mark Jones' });
    expect(only('The report was criticised by the union for its cost.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'union', targetName: null });
    expect(only('The mayor criticised the plan for its cost.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'mayor', targetName: null });
    expect(only('The mayor criticised the contractor for the delay.')).toMatchObject({ kind: 'BLAMES', speakerName: 'mayor', targetName: 'contractor' });
    expect(only('The plan was defended by the minister for its savings.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'minister' });
    expect(only('The claim was denied by the ministry over a lack of evidence.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'ministry' });
  });

  it('takes no possessive that opens a sentence for its subject, whom a pronoun after it goes on with', () => {
    const suggestions = suggest('Sarah Cole said the plan had failed. Her deputy, Anna Price, said the plan had never been tried. She blamed the board for the cuts.');
    expect(suggestions.map((suggestion) => [suggestion.kind, suggestion.speakerName])).toEqual([['CLAIMS', 'Sarah Cole'], ['CLAIMS', 'Anna Price'], ['BLAMES', 'Anna Price']]);
  });

  it('reads "the agency" or "the company" as another organisation than one described by another noun', () => {
    const agency = suggest('The ministry said the report was wrong. The agency said its figures were right. It blamed the ministry for the leak.');
    expect(agency.map((suggestion) => [suggestion.kind, suggestion.speakerName, suggestion.targetName])).toEqual([
      ['CLAIMS', 'ministry', null], ['CLAIMS', 'agency', null], ['BLAMES', 'agency', 'ministry'],
    ]);
    const company = suggest('The union said the strike would go ahead. The company said it had made a fair offer. It blamed the union for the disruption.');
    expect(company.map((suggestion) => suggestion.speakerName)).toEqual(['union', 'company', 'company']);
    // A firm is a company; an insurer named by its compound is found by it in Dutch (see the Dutch tests).
    expect(suggest('The Turkish firm Deniz Lojistik confirmed the loss. According to the company, the cargo was partly lost.').map((suggestion) => suggestion.speakerName))
      .toEqual(['Deniz Lojistik', 'Deniz Lojistik']);
  });

  it('lets "it" go on with the organisation that opened its own sentence before the one of the sentence before', () => {
    const suggestions = suggest('The union said the strike would go ahead. The company said it was disappointed, and it blamed the union for the disruption.');
    expect(suggestions.filter((suggestion) => suggestion.kind === 'BLAMES').map((suggestion) => [suggestion.speakerName, suggestion.targetName])).toEqual([['company', 'union']]);
  });

  it('suggests no blame of a party by itself, which only a misread reference gives', () => {
    expect(suggest('The ministry said the report was wrong. The ministry blamed the ministry for the leak.').filter((suggestion) => suggestion.kind === 'BLAMES')).toEqual([]);
  });

  it('reads a negated blame as no blame', () => {
    expect(suggest('The minister did not blame anyone for the delay.')).toEqual([]);
    expect(suggest('The mayor refused to blame the contractor for the delay.')).toEqual([]);
    expect(suggest('Residents said they did not blame the council for the flooding.').map((suggestion) => suggestion.kind)).toEqual(['CLAIMS']);
    expect(only('The mayor blamed the contractor for the delay.')).toMatchObject({ kind: 'BLAMES', targetName: 'contractor' });
  });

  it('goes on with the subject of the sentence before, unless a later person of the same gender spoke there too', () => {
    const continued = suggest('Mark Jones said the bridge was unsafe. He had warned Peter Hall about it. He blamed the council for the delay.');
    expect(continued.filter((suggestion) => suggestion.kind === 'BLAMES').map((suggestion) => suggestion.speakerName)).toEqual(['Mark Jones']);
    const undecided = suggest('Sarah Cole said the plan had failed and that Anna Price had warned her. She blamed the board for the cuts.');
    expect(undecided.filter((suggestion) => suggestion.kind === 'BLAMES')).toEqual([]);
  });

  it('reads criticism of an act, its head before a phrase of its own, as a dispute', () => {
    expect(only('The mayor criticised the handling of the flood by the council for its slowness.')).toMatchObject({ kind: 'DISPUTES', targetName: null });
  });

  it('leaves a title to stand for itself when two with that title were just named', () => {
    expect(only('Sarah Cole, the energy minister, met Anna Price, the finance minister, on Monday. The minister blamed suppliers for the rise.'))
      .toMatchObject({ kind: 'BLAMES', speakerName: 'minister' });
    expect(only('Sarah Cole, the energy minister, met the press on Monday. The minister blamed suppliers for the rise.'))
      .toMatchObject({ kind: 'BLAMES', speakerName: 'Sarah Cole' });
  });

  it('gives a clause with a tag after it to whoever the tag names, who speaks for the organisation that is its subject, and leaves the tag out', () => {
    expect(suggest('The council blamed the contractor for the delays, Mayor Ann Cole said.').map((suggestion) => [suggestion.kind, suggestion.speakerName, suggestion.targetName, suggestion.content.text]))
      .toEqual([['BLAMES', 'Ann Cole', 'contractor', 'the contractor for the delays']]);
    expect(read('The council blamed the contractor for the delays, said Mayor Ann Cole.')).toEqual([['BLAMES', 'Ann Cole', 'contractor']]);
    expect(only('The ministry denied the report, a spokesman said.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'ministry', content: { text: 'The ministry denied the report' } });
    // A person or a group that is the subject speaks for themselves.
    expect(only('Peter Smith blamed the referee for the defeat, his coach said.')).toMatchObject({ kind: 'BLAMES', speakerName: 'Peter Smith', content: { text: 'the referee for the defeat' } });
    expect(read('Residents blamed the council for the smell, the mayor said.')).toEqual([['BLAMES', 'Residents', 'council']]);
  });

  it('reads "they" after an organisation the text called "it" as the group that spoke, and as the organisation where the text calls it so', () => {
    expect(read('Residents said the smell was unbearable. The council said it was investigating. They blamed the factory for the smell.'))
      .toEqual([['CLAIMS', 'Residents', null], ['CLAIMS', 'council', null], ['BLAMES', 'Residents', 'factory']]);
    expect(read('Residents said the smell was unbearable. The council said they were investigating. They blamed the factory for the smell.'))
      .toEqual([['CLAIMS', 'Residents', null], ['CLAIMS', 'council', null], ['BLAMES', 'council', 'factory']]);
    expect(read('Residents complained on Monday. The council said they would look into it.').at(-1)).toEqual(['CLAIMS', 'council', null]);
  });

  it('lets "they" refer to a person and an organisation named together, but not to two a preposition governs', () => {
    expect(suggest('President Ann Cole and the cabinet met on Monday. They said the deal was done.').map((suggestion) => suggestion.speakerName)).toEqual(['Ann Cole', 'cabinet']);
    expect(suggest('The researchers, from Leeds University and two hospitals, studied 900 patients. They found that the drug worked.').map((suggestion) => suggestion.speakerName)).toEqual(['researchers']);
  });

  it('does not read "the regulator" as a company named before, nor "the company" as a regulator, by the last word of their names', () => {
    expect(read('Thames Water Ltd said the pipes were old. The regulator said the company had failed.').at(-1)).toEqual(['CLAIMS', 'regulator', null]);
    expect(read('The Energy Regulator said prices would rise. Brook Foods said costs were high. The company blamed the regulator for the rise.').at(-1))
      .toEqual(['BLAMES', 'Brook Foods', 'regulator']);
    expect(read('Northern Energy Company said prices would rise. Ofwat said it would investigate. The company denied any wrongdoing.').at(-1))
      .toEqual(['DISPUTES', 'Northern Energy Company', null]);
    expect(read('Halden Airlines said the strike was over. The company said flights would resume.').at(-1)).toEqual(['CLAIMS', 'Halden Airlines', null]);
  });

  it('gives "a council spokesman" to the council, unnamed, and keeps a description in apposition before the name out of the quote', () => {
    expect(only('A police spokesman said two men had been arrested.')).toMatchObject({ speakerName: 'police', speakerKind: 'Organisation', unnamed: true });
    expect(read('The council said the road was closed. A council spokesman said it would reopen on Friday.')).toEqual([['CLAIMS', 'council', null], ['CLAIMS', 'council', null]]);
    expect(only('"We will not give in," the union\'s general secretary, Mary Lane, said.')).toMatchObject({ speakerName: 'Mary Lane', content: { text: 'We will not give in' } });
    expect(only('Chief Constable Mark Hall said officers had acted lawfully.').speakerName).toBe('Mark Hall');
  });

  it('reads vowing, demanding, responding that, describing as, agreeing that, and questioning or doubting whether', () => {
    expect(read('The mayor vowed that the bridge would reopen.')).toEqual([['CLAIMS', 'mayor', null]]);
    expect(read('Residents demanded that the council act.')).toEqual([['CLAIMS', 'Residents', null]]);
    expect(read('Mr Reed responded that the claims were baseless.')).toEqual([['CLAIMS', 'Reed', null]]);
    expect(read('The mayor described the decision as a disgrace.')).toEqual([['CLAIMS', 'mayor', null]]);
    expect(read('The council agreed that the report was accurate.')).toEqual([['CONFIRMS', 'council', null]]);
    expect(read('The minister questioned whether the figures were accurate.')).toEqual([['DISPUTES', 'minister', null]]);
    expect(read('The mayor doubted that the plan would work.')).toEqual([['DISPUTES', 'mayor', null]]);
    expect(suggest('Police questioned two men. The firefighters responded to the call.')).toEqual([]);
  });

  it('reads a blame whose party has a name in apposition, or that ends its clause, and a capitalised word before a group noun as its modifier', () => {
    expect(read('The council blamed the contractor, Harland Civil, for the delay.')).toEqual([['BLAMES', 'council', 'Harland Civil']]);
    expect(read('The union accused the firm, Brook Foods, of cutting pay.')).toEqual([['BLAMES', 'union', 'Brook Foods']]);
    expect(read('The council blamed the contractor, the mayor said.')).toEqual([['BLAMES', 'mayor', 'contractor']]);
    expect(read('Mark Jones blamed the board for losing a file that, he said, held the proof.')).toEqual([['BLAMES', 'Mark Jones', 'board']]);
    expect(only('Local shopkeepers say their takings have fallen.').speakerName).toBe('Local shopkeepers');
  });

  it('knows a contractor as an organisation and "would not say" as a refusal', () => {
    expect(only('The contractor denied the claim.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'contractor', speakerKind: 'Organisation' });
    expect(suggest('A spokesman would not say whether more money would be found.')).toEqual([]);
  });

  it('gives "Berg\'s spokesman" to Berg, unnamed', () => {
    expect(only('Prime Minister Ann Berg arrived in Oslo. Berg\'s spokesman said the talks would resume.')).toMatchObject({ speakerName: 'Ann Berg', unnamed: true });
    expect(only('Tesco\'s spokeswoman said prices would fall.')).toMatchObject({ speakerName: 'Tesco', unnamed: true });
  });

  it('reads the subject of a short clause before a colon as the speaker of the quote after it, unless a cue there gave none', () => {
    expect(only('The mayor was blunt: "This cannot go on."')).toMatchObject({ speakerName: 'mayor', content: { text: 'This cannot go on.' } });
    expect(suggest('Residents were warned: "Stay indoors."')).toEqual([]);
    expect(suggest('The meeting ended in chaos: "Nobody knew what was happening."')).toEqual([]);
  });

  it('counts a description in apposition after an inverted speaker as part of the tag, and looks past an aside before "that"', () => {
    expect(only('The plan will fail, said Joan Hale, a retired nurse from Leeds.')).toMatchObject({ speakerName: 'Joan Hale', content: { text: 'The plan will fail' } });
    expect(only('The minister said, however, that the plan was sound.').content.text).toBe('the plan was sound');
    expect(only('According to Labour MP Jane Ofori, the hospitals had been warned two years ago.').content.text).toBe('the hospitals had been warned two years ago');
  });

  it('gives a dispute of "that" its own clause as content, up to the comma after the tag, and reads "that" before "as" as the thing disputed', () => {
    expect(suggest('Smith said the plan failed. That was denied by Professor Marsh, who said the plan worked.').map((suggestion) => [suggestion.kind, suggestion.content.text]))
      .toEqual([['CLAIMS', 'the plan failed'], ['DISPUTES', 'That was denied by Professor Marsh'], ['CLAIMS', 'the plan worked']]);
    expect(suggest('The claim was rejected by the company, which said the parts were late.')[0]!.content.text).toBe('The claim was rejected by the company');
    expect(only('Labour dismissed that as an excuse.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'Labour' });
  });

  it('reads a reported clause that a party was responsible or is to blame as a blame of that party, but not a duty', () => {
    expect(read('Commissioner Daniel Brook said Chief Constable Whitlock was responsible for the failures.')).toEqual([['BLAMES', 'Daniel Brook', 'Whitlock']]);
    expect(read('Anna Price said the council was to blame.')).toEqual([['BLAMES', 'Anna Price', 'council']]);
    expect(read('Anna Price said the council is responsible for roads.')).toEqual([['CLAIMS', 'Anna Price', null]]);
    expect(read('Anna Price said the council was not responsible for the flooding.')).toEqual([['CLAIMS', 'Anna Price', null]]);
  });

  it('reads someone introduced by an indefinite title as a speaker, with where they are from', () => {
    expect(only('One mother, whose daughter was turned down, said she felt cheated.')).toMatchObject({ speakerName: 'mother', speakerKind: 'Person', unnamed: true });
    expect(only('A judge said the law was clear.').speakerName).toBe('judge');
    expect(only('An analyst at ING said rates would rise.').speakerName).toBe('analyst at ING');
    expect(only('Parents are suing, according to a solicitor who represents four families.').speakerName).toBe('solicitor');
  });

  it('reads the plural of a title as a group, and finds a subject before two comma clauses', () => {
    expect(only('Two engineers who work on the ships, speaking on condition of anonymity, said spare parts had been ordered late.')).toMatchObject({ speakerName: 'engineers', unnamed: true });
    expect(only('Three judges said the law was clear.').speakerName).toBe('judges');
  });

  it('lets a person pronoun later in a sentence refer to the person who opened it, also after a possessive', () => {
    expect(read('Sarah Cole said the plan had failed. Her deputy, Anna Price, was blunt: according to her, the minister knew.').map(([, speaker]) => speaker))
      .toEqual(['Sarah Cole', 'Anna Price']);
  });

  it('reads a passive with an adverb between its auxiliary and participle', () => {
    expect(only('The claim was strongly denied by the ministry.')).toMatchObject({ kind: 'DISPUTES', speakerName: 'ministry' });
  });

  it('reads a document as a source after "according to", or its author when one is named', () => {
    expect(only('According to the inquiry report, applicants were nine times more likely to get an interview.').speakerName).toBe('inquiry report');
    expect(only('A sleep medicine may double the risk of falls, according to a study published on Wednesday.').speakerName).toBe('study');
    expect(only('Officers failed to record one in four incidents, according to a report published on Thursday by HM Inspectorate of Constabulary.').speakerName)
      .toBe('HM Inspectorate of Constabulary');
    expect(read('The ministry said the report was wrong. The agency said its figures were right. It blamed the ministry for the leak.').at(-1)).toEqual(['BLAMES', 'agency', 'ministry']);
  });

  it('reads the clause before a tag between commas mid-sentence as said too, and an aside tag in a short clause as part of the sentence', () => {
    expect(suggest('Footage was missing in 301 of them, the inspectorate said, and in 44 the camera had been switched off.').map((suggestion) => suggestion.content.text).sort())
      .toEqual(['Footage was missing in 301 of them', 'and in 44 the camera had been switched off']);
    expect(only('The figures, the ministry said, were provisional.').content.text).toBe('The figures, the ministry said, were provisional');
  });

  it('keeps the clause after "According to X," when it holds a comma of its own', () => {
    expect(only('According to Price, referees are told to award a penalty for any contact, however slight.').content.text)
      .toBe('referees are told to award a penalty for any contact, however slight');
  });
});
