import type { Question } from '../../../src/content/schema';

const base = {
  stem: 'Which of these is the right answer to this question?',
  explanation: 'Because that is how IAM works in this example.',
  exams: ['saa-c03:1'],
  difficulty: 'easy' as const,
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles.html'],
};
const opt = (id: string) => ({ id, text: `Option ${id}`, why: `Why ${id} is so.` });

export const single: Question = {
  ...base,
  id: 'roles-001',
  type: 'single',
  topics: ['roles'],
  options: ['a', 'b', 'c', 'd'].map(opt),
  answer: ['b'],
};
export const multiple: Question = {
  ...base,
  id: 'roles-002',
  type: 'multiple',
  topics: ['roles', 'temporary-credentials'],
  options: ['a', 'b', 'c', 'd', 'e'].map(opt),
  answer: ['a', 'c'],
};
export const ordering: Question = {
  ...base,
  id: 'sts-001',
  type: 'ordering',
  topics: ['temporary-credentials'],
  items: ['x', 'y', 'z'].map((id) => ({ id, text: `Step ${id}` })),
  answer: ['z', 'x', 'y'],
};
export const matching: Question = {
  ...base,
  id: 'policy-types-001',
  type: 'matching',
  topics: ['policy-types'],
  prompts: ['p1', 'p2', 'p3'].map((id) => ({ id, text: `Prompt ${id}` })),
  options: ['a', 'b', 'c'].map(opt),
  answer: { p1: 'a', p2: 'b', p3: 'c' },
};
export const questions = [single, multiple, ordering, matching];
