// The results list: every card of a short list; of a long one, only the cards near the viewport,
// each saying its place in the whole list, and the card with focus kept wherever the page scrolls.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import { makeRoom } from '../../../test/kit/builders';
import type { RankedRoom } from '../../core/model';
import { RoomResults } from './RoomResults';
import { RENDER_ALL_UP_TO } from './useRoomWindow';

/** jsdom lays nothing out: the test gives every card this height, as a browser would measure it. */
const CARD_PX = 100;
const VIEWPORT_PX = 800;

const ranked = (count: number): RankedRoom[] =>
  Array.from({ length: count }, (_, i) => ({
    room: makeRoom({ email: `room-${i + 1}@contoso.com`, displayName: `Room ${i + 1}` }),
    availability: { status: 'free', total: 1, freeCount: 1 },
  }));

function renderResults(results: readonly RankedRoom[]) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <button type="button">Before the list</button>
      <RoomResults
        results={results}
        bookedEmail={null}
        bookingEmail={null}
        canBook
        onBook={() => undefined}
        isFavourite={() => false}
        onToggleFavourite={() => undefined}
        timeZone="Europe/Berlin"
      />
    </FluentProvider>,
  );
}

const cards = () => within(screen.getByRole('list', { name: 'Rooms' })).getAllByRole('listitem');
const names = () => cards().map((card) => card.getAttribute('aria-label'));

const SCROLLED_PX = 100_000;

/** The card placed where the viewport starts, after scrolling to SCROLLED_PX. */
function atViewportTop(card: HTMLElement): boolean {
  const top = Number(/translateY\((\d+)px\)/.exec(card.style.transform)?.[1]);
  return top <= SCROLLED_PX && SCROLLED_PX < top + CARD_PX;
}

/** Scrolls the page (the pane's scroller) as a browser would: the offset, then the event. */
function scrollPageTo(y: number) {
  act(() => {
    window.scrollY = y;
    fireEvent.scroll(window);
  });
}

beforeEach(() => {
  jest.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.tagName === 'LI' ? CARD_PX : 0;
  });
  // The list starts at the page's top, so it is as far above the viewport as the page has scrolled.
  jest.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const top = this.tagName === 'UL' ? -window.scrollY : 0;
    return { x: 0, y: top, top, left: 0, right: 0, bottom: top, width: 0, height: 0, toJSON: () => ({}) };
  });
  Object.defineProperty(window, 'innerHeight', { configurable: true, value: VIEWPORT_PX });
  // jsdom cannot scroll: scrolling the page only sets the offset the list reads.
  jest.spyOn(window, 'scrollTo').mockImplementation(((options: ScrollToOptions) => {
    window.scrollY = options.top ?? window.scrollY;
  }) as typeof window.scrollTo);
  window.scrollY = 0;
});

afterEach(() => jest.restoreAllMocks());

describe('RoomResults', () => {
  it('renders every card of a short list, each with its place in it', () => {
    renderResults(ranked(RENDER_ALL_UP_TO));

    expect(cards()).toHaveLength(RENDER_ALL_UP_TO);
    const third = screen.getByRole('listitem', { name: 'Room 3' });
    expect(third).toHaveAttribute('aria-posinset', '3');
    expect(third).toHaveAttribute('aria-setsize', String(RENDER_ALL_UP_TO));
    expect(within(third).getByRole('button', { name: 'Book Room 3' })).toBeInTheDocument();
  });

  it('renders only the cards near the viewport of a 2,000-room list, each saying “n of 2,000”', () => {
    renderResults(ranked(2000));

    const shown = cards();
    // The viewport's cards and a few beyond its edge: nowhere near 2,000.
    expect(shown.length).toBeGreaterThanOrEqual(VIEWPORT_PX / CARD_PX);
    expect(shown.length).toBeLessThan(20);
    shown.forEach((card, i) => {
      expect(card).toHaveAccessibleName(`Room ${i + 1}`);
      expect(card).toHaveAttribute('aria-posinset', String(i + 1));
      expect(card).toHaveAttribute('aria-setsize', '2000');
    });
    // The list is as tall as all its cards (measured, or estimated until rendered), so the page
    // scrolls as far as the whole list.
    const height = parseFloat(screen.getByRole('list', { name: 'Rooms' }).style.height);
    expect(height).toBeGreaterThanOrEqual(2000 * CARD_PX);
  });

  it('brings later cards as the page scrolls, in their places', () => {
    renderResults(ranked(2000));

    scrollPageTo(SCROLLED_PX);

    expect(names()).not.toContain('Room 1');
    expect(cards().length).toBeLessThan(20);
    for (const card of cards())
      expect(card).toHaveAttribute('aria-posinset', card.getAttribute('aria-label')?.replace('Room ', ''));
    // A card is where the viewport now starts (its place counts the cards above it, measured or not).
    expect(cards().some(atViewportTop)).toBe(true);
  });

  it('keeps the card with focus rendered, and focused, when the page scrolls it away', async () => {
    const user = userEvent.setup();
    renderResults(ranked(2000));
    const book = within(screen.getByRole('listitem', { name: 'Room 3' })).getByRole('button', {
      name: 'Book Room 3',
    });
    act(() => book.focus());

    scrollPageTo(SCROLLED_PX);

    expect(book).toHaveFocus();
    expect(names()).toContain('Room 3');
    expect(cards().some(atViewportTop)).toBe(true);
    expect(names()).not.toContain('Room 2');

    // Once focus leaves the list, the card goes with the others out of view.
    await user.click(screen.getByRole('button', { name: 'Before the list' }));
    expect(names()).not.toContain('Room 3');
  });

  it('tabs from one card to the next', async () => {
    const user = userEvent.setup();
    renderResults(ranked(2000));
    act(() => screen.getByRole('button', { name: 'Book Room 1' }).focus());

    await user.tab();
    expect(screen.getByRole('button', { name: 'Favourite: Room 2' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Book Room 2' })).toHaveFocus();
  });
});
