import { makeRoom } from '../../test/kit/builders';
import type { RankedRoom, RoomAvailability, SearchCriteria } from './model';
import {
  favouritesFirst,
  MAX_FAVOURITES,
  NO_PREFERENCES,
  rememberFilters,
  toggleFavourite,
  withRememberedFilters,
} from './preferences';

const at = (status: RoomAvailability['status']): RoomAvailability => ({
  status,
  total: 1,
  freeCount: status === 'free' ? 1 : 0,
});
const ranked = (email: string, status: RoomAvailability['status']): RankedRoom => ({
  room: makeRoom({ email }),
  availability: at(status),
});
const criteria: SearchCriteria = {
  roomList: 'building-b@contoso.com',
  floor: '3',
  minCapacity: 9,
  features: ['video'],
  tags: ['Window'],
  text: 'quiet',
};

describe('preferences', () => {
  it('stars and un-stars a room by address, whatever its case', () => {
    const starred = toggleFavourite(NO_PREFERENCES, 'Room.A@Contoso.com');
    expect(starred.favourites).toEqual(['room.a@contoso.com']);
    expect(toggleFavourite(starred, 'room.a@contoso.com').favourites).toEqual([]);
  });

  it(`keeps at most ${MAX_FAVOURITES} stars, dropping the oldest`, () => {
    let preferences = NO_PREFERENCES;
    for (let i = 0; i <= MAX_FAVOURITES; i += 1) preferences = toggleFavourite(preferences, `r${i}@x`);
    expect(preferences.favourites).toHaveLength(MAX_FAVOURITES);
    expect(preferences.favourites[0]).toBe('r1@x');
  });

  it('puts favourites first within rooms of the same availability, never above a freer room', () => {
    const results = [
      ranked('a@x', 'free'),
      ranked('b@x', 'free'),
      ranked('c@x', 'busy'),
      ranked('d@x', 'busy'),
    ];
    const preferences = toggleFavourite(toggleFavourite(NO_PREFERENCES, 'b@x'), 'd@x');
    expect(favouritesFirst(results, preferences).map((r) => r.room.email)).toEqual([
      'b@x',
      'a@x',
      'd@x',
      'c@x',
    ]);
    const busyStar = toggleFavourite(NO_PREFERENCES, 'c@x');
    expect(favouritesFirst(results, busyStar).map((r) => r.room.email)).toEqual(['a@x', 'b@x', 'c@x', 'd@x']);
  });

  it("remembers the filters, not the meeting's capacity or words", () => {
    const kept = rememberFilters(NO_PREFERENCES, criteria);
    expect(kept.filters).toEqual({
      roomList: 'building-b@contoso.com',
      floor: '3',
      features: ['video'],
      tags: ['Window'],
    });
    const defaults = {
      ...criteria,
      roomList: null,
      floor: null,
      features: [],
      tags: [],
      minCapacity: 4,
      text: '',
    };
    expect(withRememberedFilters(defaults, kept)).toEqual({ ...criteria, minCapacity: 4, text: '' });
    expect(withRememberedFilters(defaults, NO_PREFERENCES)).toBe(defaults);
  });
});
