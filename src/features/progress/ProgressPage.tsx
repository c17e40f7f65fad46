import { EmptyState } from '../../components/EmptyState';

export function ProgressPage() {
  return (
    <EmptyState
      title="Progress"
      intro="Your mastery per topic and exam domain, your accuracy over time, and what to study next. It fills in as you read lessons and answer questions."
      steps={[
        'Complete a lesson or answer a few quiz questions: progress appears here.',
        'Export a backup now and then: your data lives only in this browser.',
      ]}
    />
  );
}
