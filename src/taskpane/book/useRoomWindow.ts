// Which room cards the Book tab renders. A short list renders every card. A long one (a large
// tenant's background checks add thousands) renders only the cards near the pane's viewport: the pane
// scrolls as a page, so the window is the scroller, and no nested scroll box is squeezed into 320 px.
// The card that holds focus stays rendered wherever the page scrolls, so focus never falls to the page.
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import * as React from 'react';
import type { RankedRoom, Room } from '../../core/model';

/**
 * Lists up to this long render every card: the first results (one round trip, 80 rooms) and a small
 * tenant's whole list, which the browser's find-in-page can then search. Above it, cards are virtual.
 */
export const RENDER_ALL_UP_TO = 150;
/** A card's height before it is measured: a card with its timeline at 320 px. */
const ESTIMATED_CARD_PX = 120;
/** Cards rendered beyond each edge of the viewport, so Tab and Shift+Tab find the next card there. */
const OVERSCAN = 4;

export interface RoomRow {
  readonly index: number;
  /** The card's offset in the list, in px; null when the list renders every card in flow. */
  readonly top: number | null;
}

export interface RoomWindow {
  readonly listRef: React.RefObject<HTMLUListElement>;
  readonly rows: readonly RoomRow[];
  /** The whole list's height when it is virtual (its cards are placed in it), else null. */
  readonly height: number | null;
  /** Measures a rendered card of a virtual list. */
  readonly measure: ((card: HTMLLIElement | null) => void) | undefined;
  readonly onCardFocus: (room: Room) => void;
  readonly onListBlur: (event: React.FocusEvent<HTMLUListElement>) => void;
}

export function useRoomWindow(results: readonly RankedRoom[]): RoomWindow {
  const listRef = React.useRef<HTMLUListElement>(null);
  const virtual = results.length > RENDER_ALL_UP_TO;
  // The room whose card last had focus inside the list, by address: the list may re-rank around it.
  const [focused, setFocused] = React.useState<string | null>(null);
  const focusedIndex = focused === null ? -1 : results.findIndex((r) => r.room.email === focused);
  // Where the list starts in the page and the gap between its cards, read from the page's layout.
  const [layout, setLayout] = React.useState({ top: 0, gap: 0 });
  const readLayout = React.useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const top = list.getBoundingClientRect().top + window.scrollY;
    const gap = parseFloat(getComputedStyle(list).rowGap) || 0;
    setLayout((now) => (now.top === top && now.gap === gap ? now : { top, gap }));
  }, []);
  // Read again after every render of the list and whenever the page changes size: what is above the
  // list (a message, the unfolded filters) moves it without rendering it.
  React.useLayoutEffect(() => {
    if (virtual) readLayout();
  });
  React.useEffect(() => {
    if (!virtual || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(readLayout);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [virtual, readLayout]);

  const rangeExtractor = React.useCallback(
    (range: Range) => {
      const shown = defaultRangeExtractor(range);
      if (focusedIndex < 0 || shown.includes(focusedIndex)) return shown;
      return [...shown, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  const getItemKey = React.useCallback((index: number) => results[index]?.room.email ?? index, [results]);
  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count: results.length,
    enabled: virtual,
    estimateSize: () => ESTIMATED_CARD_PX,
    overscan: OVERSCAN,
    scrollMargin: layout.top,
    gap: layout.gap,
    getItemKey,
    rangeExtractor,
    // A card measured without height is not laid out (no layout at all, or a hidden pane): it keeps
    // its estimate rather than collapsing the list into one point.
    measureElement: (card) => card.offsetHeight || ESTIMATED_CARD_PX,
  });

  const onCardFocus = React.useCallback((room: Room) => setFocused(room.email), []);
  const onListBlur = React.useCallback((event: React.FocusEvent<HTMLUListElement>) => {
    // Focus that goes nowhere (the window loses it) comes back to the same card: keep it rendered.
    const to = event.relatedTarget;
    if (to instanceof Node && !event.currentTarget.contains(to)) setFocused(null);
  }, []);

  if (!virtual) {
    return {
      listRef,
      rows: results.map((_, index) => ({ index, top: null })),
      height: null,
      measure: undefined,
      onCardFocus,
      onListBlur,
    };
  }
  return {
    listRef,
    rows: virtualizer.getVirtualItems().map((item) => ({ index: item.index, top: item.start - layout.top })),
    height: virtualizer.getTotalSize(),
    measure: virtualizer.measureElement,
    onCardFocus,
    onListBlur,
  };
}
