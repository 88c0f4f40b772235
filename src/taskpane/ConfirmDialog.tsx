// A confirmation before something that cannot be taken back or that Exchange may refuse (DESIGN.md §8):
// an alert dialog whose first, focused and primary action is the safe one; only the explicit
// confirm button goes ahead. Escape and the safe button both mean "no".
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import * as React from 'react';

export interface ConfirmDialogProps {
  readonly title: string;
  readonly children: React.ReactNode;
  /** The safe choice, e.g. "Don't book"; focused when the dialog opens. */
  readonly safeLabel: string;
  readonly confirmLabel: string;
  readonly onSafe: () => void;
  readonly onConfirm: () => void;
  /**
   * Where focus goes after the dialog closes when the element that opened it is gone or disabled
   * (e.g. the row of a cancelled booking).
   */
  readonly fallbackFocus?: React.RefObject<HTMLElement | null>;
}

function focusable(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.isConnected && !element.hasAttribute('disabled');
}

/**
 * Focus returns to what opened the dialog (or to the fallback) when it closes, so keyboard and
 * screen-reader users keep their place. Open while mounted: callers render it only when asking.
 */
export function ConfirmDialog(props: ConfirmDialogProps): React.JSX.Element {
  const { onSafe, fallbackFocus } = props;
  const [opener] = React.useState(() => document.activeElement);
  // The safe answer is the default: focused explicitly, not left to the dialog's "first focusable"
  // search, so Enter means "no" whatever the surface's layout.
  const safe = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => safe.current?.focus(), []);
  React.useLayoutEffect(
    () => () => {
      // After the dialog is gone, so its own focus handling does not take focus back.
      queueMicrotask(() => (focusable(opener) ? opener : fallbackFocus?.current)?.focus());
    },
    [opener, fallbackFocus],
  );
  return (
    <Dialog
      open
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) onSafe();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.children}</DialogContent>
          <DialogActions>
            <Button ref={safe} appearance="primary" onClick={onSafe}>
              {props.safeLabel}
            </Button>
            <Button appearance="secondary" onClick={props.onConfirm}>
              {props.confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
