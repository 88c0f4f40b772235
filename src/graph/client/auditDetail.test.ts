import { ROOM_IN_LIST_FIELDS } from '../fields';
import { auditDetail } from './auditDetail';

describe('auditDetail', () => {
  it('keeps the path template and the query option names, never their values', () => {
    expect(
      auditDetail(
        'GET',
        '/me/calendarView?startDateTime=2026-03-04T00:00:00Z&endDateTime=2026-03-18T00:00:00Z&$select=subject,start',
        undefined,
      ),
    ).toEqual({ call: 'myBookings', path: '/me/calendarView?startDateTime&endDateTime&$select' });
    expect(
      auditDetail('PATCH', '/me/events/AAMkAGI2TGuLAAA%3D', { singleValueExtendedProperties: [] }),
    ).toEqual({
      call: 'updateEvent',
      path: '/me/events/{id}',
    });
  });

  it('tells the page a paged read asked for', () => {
    expect(
      auditDetail('GET', '/places/microsoft.graph.room?$select=id,displayName&$top=100&$skip=200', undefined),
    ).toEqual({ call: 'rooms', path: '/places/microsoft.graph.room?$select&$top&$skip', page: 3 });
    expect(
      auditDetail(
        'GET',
        `/places/fe2a8d3c-1b7e-4c9f-a1d5-3b2e8f6c7d90/microsoft.graph.roomlist/rooms?$select=${ROOM_IN_LIST_FIELDS.join(',')}&$top=100&$skip=0&$count=true`,
        undefined,
      ),
    ).toEqual({
      call: 'roomsInList',
      path: '/places/{roomlist}/microsoft.graph.roomlist/rooms?$select&$top&$skip&$count',
      page: 1,
    });
  });

  it('counts the mailboxes of a getSchedule and the requests of a $batch', () => {
    const schedule = {
      schedules: ['a@contoso.com', 'b@contoso.com', 'c@contoso.com'],
      startTime: { dateTime: '2026-03-04T08:00:00', timeZone: 'UTC' },
      endTime: { dateTime: '2026-03-04T09:00:00', timeZone: 'UTC' },
      availabilityViewInterval: 15,
    };
    expect(auditDetail('POST', '/me/calendar/getSchedule', schedule)).toEqual({
      call: 'schedule',
      path: '/me/calendar/getSchedule',
      items: 3,
    });
    expect(auditDetail('POST', '/$batch', { requests: [{}, {}] })).toEqual({
      call: 'batch',
      path: '/$batch',
      items: 2,
    });
  });
});
