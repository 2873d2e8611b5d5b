import { Component, StrictMode, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../i18n';

interface BoundaryState {
  error: Error | null;
}

/** Shows a Danish message instead of a blank page when rendering throws. */
class ErrorBoundary extends Component<{ children: ReactNode }, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <p>{t('app.crashed', { message: this.state.error.message })}</p>
        <button type="button" className="text-button" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    );
  }
}

/** Everything the app runs inside. */
export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <StrictMode>
      <ErrorBoundary>{children}</ErrorBoundary>
    </StrictMode>
  );
}
