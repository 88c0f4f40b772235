import { makeStyles, tokens } from '@fluentui/react-components';

export const useSeriesPlanStyles = makeStyles({
  // A series can clash on dozens of dates: the whole plan is shown, scrolling inside the dialog.
  dates: {
    maxHeight: '40vh',
    overflowY: 'auto',
    margin: `${tokens.spacingVerticalS} 0`,
    paddingLeft: tokens.spacingHorizontalL,
  },
  noRoom: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});
