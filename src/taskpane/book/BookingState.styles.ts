import { makeStyles, tokens } from '@fluentui/react-components';

export const useBookingStateStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});
