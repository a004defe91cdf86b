import { Component, type ReactNode } from 'react';
import { PageDownloadError, retryFailedPages } from '../lib/lazyPage.ts';
import { LoadErrorMessage } from './LoadErrorMessage.tsx';

interface LoadErrorBoundaryProps {
  children: ReactNode;
  /** A change (e.g. the location) clears a failure, so it does not stick to the next page. */
  resetKey: string;
}

interface LoadErrorBoundaryState {
  hasFailed: boolean;
  /** A download failed (the connection); otherwise the part itself broke while rendering. */
  isDownload: boolean;
}

/**
 * Catches a part of the page that failed to render, typically a code chunk that could not be
 * downloaded on a bad connection, and offers to try again instead of blanking the whole app. A
 * fault in the part's own code is not blamed on the connection.
 */
export class LoadErrorBoundary extends Component<LoadErrorBoundaryProps, LoadErrorBoundaryState> {
  override state: LoadErrorBoundaryState = { hasFailed: false, isDownload: false };

  static getDerivedStateFromError(error: unknown): LoadErrorBoundaryState {
    return { hasFailed: true, isDownload: error instanceof PageDownloadError };
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
      return <LoadErrorMessage isDownload={this.state.isDownload} onRetry={this.retry} />;
    }
    return this.props.children;
  }
}
