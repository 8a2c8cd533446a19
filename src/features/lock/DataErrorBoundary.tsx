import { Component, type ReactNode } from 'react';
import { securityErrorOf, TamperedError } from '../../security/errors';

interface Props {
  children: ReactNode;
  /** Shown instead of the screen when stored data could not be opened. */
  fallback: (reload: () => void) => ReactNode;
}

/**
 * Stops a screen from showing anything when stored data does not open (altered on disk, or sealed with
 * another key): a clear message replaces it, never garbled or partial content. Other errors go on up.
 */
export class DataErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(error: unknown): { failed: boolean } {
    if (securityErrorOf(error) instanceof TamperedError) return { failed: true };
    throw error;
  }

  override render() {
    if (this.state.failed) return this.props.fallback(() => this.setState({ failed: false }));
    return this.props.children;
  }
}
