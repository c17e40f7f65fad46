import { EmptyState } from '../../components/EmptyState';

export function PlaygroundPage() {
  return (
    <EmptyState
      title="Playground"
      intro="A simulated AWS organization that lives in your browser. Write identity, resource, boundary, SCP and session policies, send a request, and watch IAM decide. Nothing is ever sent to AWS."
      steps={[
        'Create a sandbox account, or open a "Try it" example from a lesson.',
        'Attach a policy to a user or role in the policy editor.',
        'Send a request and read the trace: which statement decided, and why.',
      ]}
    />
  );
}
