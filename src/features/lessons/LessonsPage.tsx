import { EmptyState } from '../../components/EmptyState';

export function LessonsPage() {
  return (
    <EmptyState
      title="Lessons"
      intro="Sixteen lessons take you from the root user to cross-account evaluation. Each one has diagrams, policy examples you can run in the playground, and checkpoint questions."
      steps={[
        'Begin with the AWS account and the root user: everything else builds on it.',
        'Work in order: users, groups and roles come before policies and evaluation logic.',
        'Open any "Try it" example in the playground to see the decision step by step.',
      ]}
    />
  );
}
