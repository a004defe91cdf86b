import { Component, type ReactNode } from 'react';
import { retryFailedPages } from '../lib/lazyPage.ts';
import { LoadErrorMessage } from './LoadErrorMessage.tsx';

interface LoadErrorBoundaryProps {
  children: ReactNode;
  /** A change (e.g. the location) clears a failure, so it does not stick to the next page. */
  resetKey: string;
}

interface LoadErrorBoundaryState {
  hasFailed: boolean;
}

/**
 * Catches a part of the page that failed to render, typically a code chunk that could not be
 * downloaded on a bad connection, and offers to try again instead of blanking the whole app.
 */
export class LoadErrorBoundary extends Component<LoadErrorBoundaryProps, LoadErrorBoundaryState> {
  override state: LoadErrorBoundaryState = { hasFailed: false };

  static getDerivedStateFromError(): LoadErrorBoundaryState {
    return { hasFailed: true };
  }

  private retry = () => {
    retryFailedPages();
    this.setState({ hasFailed: false });
  };

  override componentDidUpdate(previous: LoadErrorBoundaryProps) {
    if (this.state.hasFailed && previous.resetKey !== this.props.resetKey) {
      retryFailedPages();
      this.setState({ hasFailed: false });
    }
  }

  override render() {
    if (this.state.hasFailed) {
      return <LoadErrorMessage onRetry={this.retry} />;
    }
    return this.props.children;
  }
}
