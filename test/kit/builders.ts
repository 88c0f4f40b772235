// Plain-value builders for core's tests (and the adapters' and UI's): one place that knows the shapes.
import type { Appointment, Recurrence, Room } from '../../src/core/model';

export function makeRoom(overrides: Partial<Room> & { email: string }): Room {
  return {
    id: `id-${overrides.email}`,
    displayName: overrides.email.split('@')[0] ?? overrides.email,
    capacity: 8,
    building: 'Building A',
    floorNumber: 2,
    floorLabel: 'Floor 2',
    roomListEmail: 'building-a@contoso.com',
    city: null,
    features: { display: true, video: false, audio: true, wheelchairAccessible: true, tags: [] },
    ...overrides,
  };
}

export function makeAppointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    mode: 'compose',
    eventId: null,
    subject: 'Planning',
    start: new Date('2026-03-04T10:00:00Z'),
    end: new Date('2026-03-04T11:00:00Z'),
    isAllDay: false,
    recurrence: null,
    attendeeCount: 3,
    location: '',
    roomEmails: [],
    organizerEmail: 'megan.bowen@contoso.com',
    displayTimeZone: 'Europe/Berlin',
    ...overrides,
  };
}

/** A weekly series on the start date's weekday, with no end unless overridden. */
export function makeWeeklyRecurrence(overrides: Partial<Recurrence> = {}): Recurrence {
  return {
    type: 'weekly',
    interval: 1,
    daysOfWeek: ['wednesday'],
    dayOfMonth: null,
    month: null,
    weekIndex: null,
    startDate: '2026-03-04',
    endDate: null,
    numberOfOccurrences: null,
    timeZone: 'Europe/Berlin',
    ...overrides,
  };
}
