/*
 * The ids of the seed article's nodes that the tests name (seed/bakhmut-2023-05.json), in one place.
 * test/seed-ids.test.ts checks that the seed declares each of them.
 */

export const seedSource = 'source:bakhmut-azov-wagner-2023-05';
export const seedPublisher = 'organisation:publisher-of-the-bakhmut-article';

export const prigozhin = 'person:yevgeny-prigozhin';
export const housen = 'person:roger-housen';
export const biletsky = 'person:andriy-biletsky';
export const putin = 'person:vladimir-putin';

export const wagner = 'organisation:wagner-group';
export const militaryCommand = 'organisation:russian-military-command';
export const russianArmedForces = 'organisation:russian-armed-forces';
export const armedForcesOfUkraine = 'organisation:armed-forces-of-ukraine';
export const analysts = 'organisation:ukrainian-and-western-analysts';

export const bakhmut = 'place:bakhmut';

export const advance = 'statement:azov-advance-2-6-km';
export const symbolic = 'statement:bakhmut-mostly-symbolic-battle';
export const ammunition = 'statement:promised-ammunition-not-arrived';
export const threat = 'statement:prigozhin-threatened-withdrawal-from-bakhmut';
export const springboard = 'statement:bakhmut-springboard-to-surrounding-cities';
export const plausible = 'statement:reports-plausible-prigozhin-refers-to-them';
export const losses = 'statement:wagner-lost-500-soldiers-and-3-km2';
export const reassurances = 'statement:kremlin-ammunition-reassurances';
export const companiesEliminated = 'statement:two-russian-companies-eliminated';
export const personalTrophy = 'statement:bakhmut-prigozhins-personal-trophy';
