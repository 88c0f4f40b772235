// A render failure shows a message, never a blank pane. Nothing is half-written by a render error:
// bookings only change inside core's workflow, which rolls back on its own.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import * as React from 'react';

interface Props {
  readonly message: string;
  readonly children: React.ReactNode;
}

export class ErrorBoundary extends React.Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): React.ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>{this.props.message}</MessageBarBody>
      </MessageBar>
    );
  }
}
