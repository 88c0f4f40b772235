import { makeStyles, tokens } from '@fluentui/react-components';

export const useRoomTimelineStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  track: {
    position: 'relative',
    height: '10px',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorPaletteGreenBackground2,
    // The track stands out from the card in both themes (non-text contrast).
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    overflow: 'hidden',
  },
  block: { position: 'absolute', top: 0, bottom: 0 },
  busy: { backgroundColor: tokens.colorPaletteRedBackground3 },
  tentative: { backgroundColor: tokens.colorPaletteYellowBackground3 },
  unknown: { backgroundColor: tokens.colorNeutralBackground5 },
  meeting: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    boxSizing: 'border-box',
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  scale: {
    display: 'flex',
    justifyContent: 'space-between',
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
});
