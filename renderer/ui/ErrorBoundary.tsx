import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Whatever breaks in a view, the person sees what happened and a way on, never a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode; area?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Dossier UI error', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h2>{this.props.area ? `The ${this.props.area} could not be shown` : 'Something went wrong'}</h2>
        <p>{error.message || 'An unexpected error occurred.'}</p>
        <p>Your project is saved. You can try again, or reload the window.</p>
        <div className="dialog-actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            Try again
          </button>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            Reload
          </button>
        </div>
      </div>
    );
  }
}
