import { Component, type ReactNode } from 'react';

/** Shows a fallback when a child fails to load or render (e.g. Monaco's chunk is unavailable). */
export class ErrorCatcher extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
