import { EmptyState } from '../../components/EmptyState';

export function QuizPage() {
  return (
    <EmptyState
      title="Quiz"
      intro="Exam-style questions on IAM — multiple choice, multiple response, ordering, matching and case studies — with an explanation for every option. Answers are scored and stored on this device only."
      steps={[
        'Take a short practice set on one topic to find your starting point.',
        'Try a timed exam simulation when your practice scores are steady.',
        'Come back daily for review: missed questions return when you are about to forget them.',
      ]}
    />
  );
}
