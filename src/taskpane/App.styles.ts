import { makeStaticStyles, makeStyles, tokens } from '@fluentui/react-components';

/** Page-level rules, here rather than in the HTML: the pane's policy allows no inline style attribute. */
export const usePageStyles = makeStaticStyles({ body: { margin: 0 } });

export const useAppStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100vh',
    boxSizing: 'border-box',
    // Directory names are data: a 10,000-character room name wraps instead of widening the pane.
    minWidth: 0,
    maxWidth: '100vw',
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});
