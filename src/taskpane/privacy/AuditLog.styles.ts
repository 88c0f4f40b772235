import { makeStyles, tokens } from '@fluentui/react-components';

export const useAuditLogStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  bar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  // The whole line is the disclosure button: a large target that wraps at 320 px.
  line: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}`,
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    textAlign: 'start',
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  // A chevron drawn with two borders (no text, so it adds nothing to the line's name): › closed, ⌄ open.
  chevron: {
    flexShrink: 0,
    width: '5px',
    height: '5px',
    marginInline: tokens.spacingHorizontalXS,
    borderRight: `${tokens.strokeWidthThick} solid currentColor`,
    borderBottom: `${tokens.strokeWidthThick} solid currentColor`,
    transform: 'translateY(-2px) rotate(-45deg)',
    transitionProperty: 'transform',
    transitionDuration: tokens.durationFaster,
  },
  chevronOpen: { transform: 'translateY(-3px) rotate(45deg)' },
  failed: { color: tokens.colorPaletteRedForeground1 },
  details: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    margin: `0 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    '& dd': { margin: 0, overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyMonospace },
  },
});
