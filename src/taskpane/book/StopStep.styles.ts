import { makeStyles, tokens } from '@fluentui/react-components';

export const useStopStepStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
});
