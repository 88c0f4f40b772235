// The status region's rule on plain values; StatusRegion.test.tsx shows it through the pane.
import { nextStatus, type StatusMessage } from './useStatusMessage';

const error: StatusMessage = { intent: 'error', text: 'Booking failed.' };
const booked: StatusMessage = { intent: 'success', text: 'Booked.' };
const clashing: StatusMessage = { intent: 'warning', text: 'Added, may be declined.' };
const refreshed: StatusMessage = { intent: 'info', text: '60 rooms shown.' };

describe('nextStatus', () => {
  it('never lets progress or a background refresh replace an error or an outcome', () => {
    expect(nextStatus(error, refreshed)).toBe(error);
    expect(nextStatus(booked, refreshed)).toBe(booked);
    expect(nextStatus(clashing, refreshed)).toBe(clashing);
  });

  it('lets a newer outcome replace any message, and progress replace progress', () => {
    expect(nextStatus(error, booked)).toBe(booked);
    expect(nextStatus(booked, error)).toBe(error);
    expect(nextStatus(refreshed, error)).toBe(error);
    const searching: StatusMessage = { intent: 'info', text: 'Searching…' };
    expect(nextStatus(searching, refreshed)).toBe(refreshed);
    expect(nextStatus(null, refreshed)).toBe(refreshed);
  });
});
