import { EmptyState } from '../../components/EmptyState';

export function WorkshopPage() {
  return (
    <EmptyState
      title="Workshop"
      intro="Run a classroom session without a server: build a pack of lessons, questions and challenges, hand it out by link or QR code, present it, and collect students' result files."
      steps={[
        'Instructors: build a pack from lessons and a question set.',
        'Share the link or QR code; students open it in their own copy of the app, even offline.',
        'Import the result files students hand back to see the class summary.',
      ]}
    />
  );
}
