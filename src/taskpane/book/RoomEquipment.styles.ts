import { makeStyles, tokens } from '@fluentui/react-components';

export const useRoomEquipmentStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  icon: { display: 'inline-flex' },
  tags: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});
