import { describe, expect, it } from 'vitest';
import { answerText, countAnswers, readAnswer } from './answers';

const question = { id: 'q1', text: 'Which falls over first?', answers: ['Email', 'Payments', 'Neither'] };

describe('answers', () => {
  it('counts each student’s latest answer to the open question only', () => {
    const stored = new Map<string, string>();
    stored.set('ann', answerText({ question: 'q1', index: 0 }));
    stored.set('bob', answerText({ question: 'q1', index: 1 }));
    stored.set('cy', answerText({ question: 'q0', index: 1 }));
    expect(countAnswers(question, stored.values())).toEqual([1, 1, 0]);
    stored.set('bob', answerText({ question: 'q1', index: 0 }));
    expect(countAnswers(question, stored.values())).toEqual([2, 0, 0]);
    expect(countAnswers(null, stored.values())).toEqual([]);
  });

  it('ignores what is not an answer', () => {
    for (const text of [42, 'nope', '{"question":"q1","index":7}', '{"question":"q1","index":-1}', '{"question":"","index":0}', '{"question":"q1","index":0.5}', `{"question":"${'x'.repeat(200)}","index":0}`]) {
      expect(readAnswer(text)).toBeNull();
    }
    expect(countAnswers(question, ['{"question":"q1","index":3}', null, '[]'])).toEqual([0, 0, 0]);
  });
});
