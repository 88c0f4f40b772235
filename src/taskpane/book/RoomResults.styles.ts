import { makeStyles } from '@fluentui/react-components';

// A long list is as tall as all its cards, and each rendered card is placed at its offset in it.
export const useRoomResultsStyles = makeStyles({
  virtualList: { position: 'relative' },
  virtualItem: { position: 'absolute', top: 0, insetInlineStart: 0, width: '100%', boxSizing: 'border-box' },
});
