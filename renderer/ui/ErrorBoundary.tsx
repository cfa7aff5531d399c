import { Component, type ErrorInfo, type ReactNode } from 'react';
import { uiStrings as u } from './uiStrings';

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
        <h2>{this.props.area ? u.crashArea(this.props.area) : u.crashTitle}</h2>
        <p>{error.message || u.crashFallback}</p>
        <p>{u.crashReassure}</p>
        <div className="dialog-actions">
          <button type="button" onClick={() => this.setState({ error: null })}>
            {u.tryAgain}
          </button>
          <button type="button" className="primary" onClick={() => window.location.reload()}>
            {u.reload}
          </button>
        </div>
      </div>
    );
  }
}
