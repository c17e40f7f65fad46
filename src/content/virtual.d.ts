// Types of the virtual modules served by scripts/contentPlugin.ts.
declare module 'virtual:lp-content/lessons' {
  export const lessons: import('./schema').LessonMeta[];
  export const lessonLoaders: Record<string, () => Promise<{ default: import('./lessonBlocks').LessonBody }>>;
}
declare module 'virtual:lp-content/search' {
  const serializedIndex: string;
  export default serializedIndex;
}
declare module 'virtual:lp-content/questions' {
  export const questions: import('./schema').Question[];
  export const caseStudies: import('./schema').CaseStudy[];
}
declare module 'virtual:lp-content/question-count' {
  export const questionCount: number;
}
declare module 'virtual:lp-content/exams' {
  export const exams: import('./schema').ExamProfile[];
}
declare module 'virtual:lp-content/challenges' {
  export const challenges: import('./schema').Challenge[];
}
declare module 'virtual:lp-content/challenge-summaries' {
  export const challengeSummaries: import('./related').ChallengeSummary[];
}
