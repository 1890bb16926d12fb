import * as React from 'react';

/** Catches a part of the app that fails to load or render, so one broken part never blanks the app. */
export class ScreenBoundary extends React.Component<{ message: (error: Error) => React.ReactNode; children: React.ReactNode }, { error?: Error }> {
  public state: { error?: Error } = {};

  public static getDerivedStateFromError(error: Error): { error: Error } {
    return { error };
  }

  public render(): React.ReactNode {
    return this.state.error ? this.props.message(this.state.error) : this.props.children;
  }
}
