import { Component, type ErrorInfo, type ReactNode } from 'react';
import { href } from '../lib/router';

interface Props {
  area: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** Catches a render error in one area; the rest of the shell keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`Render error in ${this.props.area}:`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <section className="panel error-panel" aria-labelledby="error-title">
        <h1 id="error-title" tabIndex={-1}>
          Something went wrong here
        </h1>
        <p>
          {this.props.area} stopped with an error. Your saved work is safe: it is stored in this
          browser and was not touched.
        </p>
        <pre className="error-detail">{error.message}</pre>
        <p className="actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <a className="button secondary" href={href('/')}>
            Back to the start page
          </a>
        </p>
      </section>
    );
  }
}
