import { describe, expect, it } from 'vitest';
import { nameSimilarity } from '../src/model/name-similarity.js';

const named = (name: string, aliases: string[] = []) => ({ name, names: [], aliases });

describe('how alike two entities are named', () => {
  it('takes their closest spellings, transliterations alike already', () => {
    expect(nameSimilarity(named('Jevgeni Prigozjin'), named('Yevgeny Prigozhin'))).toEqual({ similarity: 1, spellings: ['Jevgeni Prigozjin', 'Yevgeny Prigozhin'] });
    expect(nameSimilarity(named('Prigozhine'), named('Yevgeny Prigozhin', ['Putin\'s chef', 'Prigozhin']))).toEqual({
      similarity: 8 / 9,
      spellings: ['Prigozhine', 'Prigozhin'],
    });
  });

  it('does not mind word order, and counts a word one lacks against them', () => {
    expect(nameSimilarity(named('Prigozhin Yevgeny'), named('Yevgeny Prigozhin')).similarity).toBe(1);
    expect(nameSimilarity(named('Russische leger'), named('Russische legertop')).similarity).toBe(11 / 14);
    expect(nameSimilarity(named('Russian military'), named('Russian military command')).similarity).toBeLessThan(0.75);
  });

  it('finds names of different people far apart', () => {
    expect(nameSimilarity(named('Vladimir Putin'), named('Yevgeny Prigozhin')).similarity).toBeLessThan(0.5);
  });
});
