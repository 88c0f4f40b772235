// The message catalogue's source language. Every string the pane shows comes from here (or from the
// translation beside it), in ICU MessageFormat: `{name}` marks a value filled in at run time, and
// `{count, plural, one {…} other {…}}` the forms a number takes (`#` is the number).
export const enUS = {
  loading: 'Loading…',
  // Consent
  consentTitle: 'Before you book',
  consentIntro: 'Roombook books meeting rooms for this meeting. Here is exactly what it touches.',
  consentReadsTitle: 'What Roombook reads',
  consentReads:
    'This meeting’s subject, time, recurrence, location and the number of attendees (counted, never copied); the room directory; the free/busy of rooms; your upcoming meetings that Roombook booked. Never the meeting’s body or attachments.',
  consentWritesTitle: 'What Roombook writes',
  consentWrites:
    'The room you choose, as the meeting’s location and room attendee, and hidden booking details on this meeting (room id, address, location, capacity, your search filters, Roombook’s version, your address); when you check in, that the room is in use for that meeting.',
  consentPermissionsTitle: 'Permissions and why',
  consentStored:
    'Roombook has no server. Your consent is kept in your mailbox’s settings; you can withdraw it on the Privacy tab.',
  consentCheckbox: 'I agree that Roombook reads and writes the data above to book rooms for my meetings',
  consentContinue: 'Continue',
  permissionCalendars: 'Read this meeting and write the booking details on it; see rooms’ free/busy.',
  permissionPlaces: 'Read the organisation’s room directory (buildings, rooms, capacity, equipment).',
  permissionShared: 'Suggest other times when no room is free (rooms’ calendars).',
  // Tabs
  tabBook: 'Book',
  tabBookings: 'My bookings',
  tabPrivacy: 'Privacy',
  // Appointment
  appointmentHeading: 'This meeting',
  untitled: '(no subject)',
  allDay: 'All day',
  recurring: 'Recurring series',
  attendees: '{count, plural, one {# attendee besides you} other {# attendees besides you}}',
  location: 'Location: {location}',
  noLocation: 'No location yet',
  readMode: 'Open the meeting for editing to change its room.',
  bookedRoom: 'Booked: {room}',
  // Search
  searchHeading: 'Find a room',
  building: 'Building',
  allBuildings: 'All buildings',
  floor: 'Floor',
  anyFloor: 'Any floor',
  minCapacity: 'Minimum capacity',
  features: 'Equipment',
  featureDisplay: 'Display',
  featureVideo: 'Video',
  featureAudio: 'Audio',
  featureWheelchairAccessible: 'Wheelchair accessible',
  tags: 'Tags',
  searchText: 'Search text',
  searchPlaceholder: 'Room name, building, tag…',
  searchButton: 'Search rooms',
  searching: 'Searching rooms…',
  directoryAge: 'Room directory read {age}',
  directoryRefresh: 'Refresh rooms',
  directoryRefreshing: 'Refreshing rooms…',
  // Results
  resultsHeading: 'Rooms',
  resultsSummary: '{shown, plural, one {# room shown} other {# rooms shown}} of {total} that match.',
  noResults: 'No room matches these filters. Try a smaller capacity or fewer equipment filters.',
  capacity: '{count, plural, one {# seat} other {# seats}}',
  capacityUnknown: 'Capacity not listed',
  statusFree: 'Free',
  statusBusy: 'Busy',
  statusTentative: 'Tentative',
  statusUnknown: 'Availability unknown',
  seriesFree: 'Free for {free} of {total, plural, one {# occurrence} other {# occurrences}}',
  heldShort: 'Reserved',
  heldForMeeting: 'Reserved for this meeting',
  bookButton: 'Book {room}',
  booked: 'Booked',
  booking: 'Booking {room}…',
  bookedStatus: '{room} is booked: the room accepted this meeting.',
  addedStatus: '{room} is added to this meeting. Send the meeting so the room can confirm.',
  bookedNotification: 'Roombook: {room} added. Send the meeting so the room confirms.',
  alreadyBooked: '{room} is already on this meeting; its booking details are up to date.',
  replacedStatus: '{room} replaces the previous room.',
  // Alternatives
  alternativesHeading: 'Other times',
  alternativesButton: 'Suggest other times',
  alternativesNone: 'No other times found in the next days.',
  // My bookings
  bookingsHeading: 'Upcoming bookings',
  bookingsEmpty: 'You have no upcoming meetings booked with Roombook.',
  bookingsRefresh: 'Refresh',
  responseAccepted: 'Room accepted',
  responseDeclined: 'Room declined',
  responseTentative: 'Room tentatively accepted',
  responseNone: 'No response from the room yet',
  // Privacy
  privacyConsent: 'Your consent',
  privacyConsentGiven: 'You agreed on {date} (consent version {version}).',
  privacyWithdraw: 'Withdraw consent',
  privacySignOut: 'Sign out',
  privacySignedOut: 'Signed out. Roombook will ask you to sign in when it next needs Microsoft Graph.',
  privacyPermissions: 'Permissions',
  privacyProperties: 'What Roombook writes on a meeting',
  privacyPropertiesIntro: 'Hidden properties in the Roombook namespace {guid}:',
  privacyAudit: 'Microsoft Graph calls in this session',
  privacyAuditEmpty: 'Roombook has not called Microsoft Graph yet.',
  privacyAuditMethod: 'Method',
  privacyAuditPath: 'Path (without values)',
  privacyAuditStatus: 'HTTP status',
  privacyAuditTime: 'Time',
  // Errors
  errorUnsupportedHost:
    'This version of Outlook lacks {sets}, which Roombook needs. Use new Outlook, Outlook on the web, or an updated Outlook.',
  errorOffice: 'Outlook could not do that: {detail}',
  errorNotSaved:
    'Outlook could not save the meeting, so the booking was not written. Try again, or save the meeting first.',
  errorInteractionRequired:
    'Sign-in did not complete. Try again; allow the sign-in window if your browser blocked it.',
  errorConsentDeclined:
    'The permission Roombook needs was not granted. Ask your administrator to consent for your organisation.',
  errorUnauthorized: 'Your sign-in expired. Try again to sign in.',
  errorForbidden:
    'Microsoft 365 refused access. Your administrator may need to grant Roombook’s permissions.',
  errorNotFound:
    'The meeting was not found in your calendar. It may have been deleted or not synced yet; save it and try again.',
  errorConflict: 'The meeting changed meanwhile. Try again.',
  errorThrottled: 'Microsoft 365 is busy. Wait a moment and try again.',
  errorUnavailable: 'Microsoft 365 is not answering right now. Try again in a moment.',
  errorNetwork: 'No connection to Microsoft 365. Check your network and try again.',
  errorInvalidResponse: 'Microsoft 365 answered with something Roombook cannot read. Try again.',
  errorRefused: 'Roombook refused a request it should not make. Please report this.',
  errorVerificationFailed: 'The booking details could not be confirmed. Try again.',
  errorUnexpected: 'Something went wrong. Nothing was changed. Reload the pane to try again.',
  errorNothingChanged: 'Nothing was changed on your meeting.',
  // Outlook-strict booking flow (issue 7)
  waitingForSync: 'Waiting for Outlook to sync the meeting to your mailbox…',
  waitingForRoom: 'Waiting for the room to answer the invitation…',
  roomNotInvited:
    'The room is on the meeting’s location but is not invited, so it will not be reserved. Invite it to book it.',
  inviteRoom: 'Invite the room',
  roomInvitedStatus: '{room} is invited; it answers the meeting now.',
  errorRoomDeclined: 'The room declined this meeting.',
  errorStopped: 'Booking stopped.',
  stopBooking: 'Stop booking {room}',
  errorBookingRunning: 'A room is still being booked for this meeting. Wait until that booking finishes.',
  errorOutcomeUnknown:
    'Roombook could not confirm what is on your meeting now: check its room and location before you send it.',
  dismiss: 'Dismiss',
  retry: 'Try again',
  // Confirmations (issue 8): the safe action comes first and is focused
  addedDespiteClashes:
    '{room} is added to this meeting, but it is not free on every date: Exchange may decline it when you send the meeting. Check My bookings for its answer.',
  confirmBookTitle: 'Book {room} anyway?',
  confirmOutcomeDecline: 'Exchange will decline {room} when you send the meeting: the room is not reserved.',
  confirmOutcomeDeclineSeries:
    'Exchange will decline {room} for the whole series when you send the meeting, free dates included: a room’s default settings allow no clashing dates in a series.',
  confirmOutcomeMayDecline:
    'Exchange may decline {room} when you send the meeting: Roombook cannot tell whether the room is taken then.',
  confirmOutcomeDeclineClashingDates:
    'Exchange will accept the series for {room} but decline the clashing dates: the room is not reserved on them.',
  confirmOutcomeDoubleBooked: '{room} accepts clashing meetings: it will be double-booked on these dates.',
  confirmClashes: '{count, plural, one {# date is not free:} other {# dates are not free:}}',
  confirmClashItem: '{date}: {status}',
  confirmClashesMore: '{count, plural, one {…and # more date.} other {…and # more dates.}}',
  confirmDontBook: 'Don’t book',
  confirmBookAnyway: 'Book anyway',
  confirmReplaceTitle: 'Replace {previous} with {room}?',
  confirmReplaceBody:
    '{room} goes on the meeting first; {previous} comes off, and its time is released, only once {room} is booked. If booking {room} fails, {previous} stays.',
  confirmKeepRoom: 'Keep {previous}',
  confirmReplace: 'Replace the room',
  confirmWithdrawTitle: 'Withdraw your consent?',
  confirmWithdrawBody:
    'Roombook stops reading and booking rooms until you agree again. Rooms already booked stay booked and their meetings are unchanged; you can cancel them in Outlook.',
  confirmKeepConsent: 'Keep my consent',
  confirmWithdraw: 'Withdraw consent',
  // Faults (issue 12): what failed and what to do, stopping, degraded availability
  errorWhereDirectory: 'The room directory could not be read.',
  errorWhereAvailability: 'The rooms’ availability could not be checked.',
  errorWhereMeeting: 'This meeting could not be read or changed in your calendar.',
  errorWhereBookings: 'My bookings could not be read or changed.',
  errorWhereSuggestions: 'Other times could not be looked up.',
  errorWhereSignIn: 'Signing in to Microsoft 365 did not work.',
  errorDirectoryNotFound:
    'Microsoft 365 has no room directory for your organisation. Ask your administrator to set up rooms and room lists (Places).',
  errorAvailabilityNotFound:
    'A room’s calendar was not found, so its availability could not be checked. Refresh the rooms and search again.',
  errorBookingsNotFound: 'That meeting is no longer in your calendar. Refresh My bookings.',
  errorSuggestionsNotFound:
    'A room’s calendar was not found, so no other times could be looked up. Refresh the rooms and try again.',
  errorForbiddenPermission:
    'Microsoft 365 refused access. Ask your administrator to grant Roombook the permission {permission}.',
  dismissMessage: 'Dismiss message',
  stopSearch: 'Stop search',
  stopCheck: 'Stop checking {room}',
  stopSuggestions: 'Stop looking for other times',
  stoppedSearch: 'Search stopped. The rooms shown and your meeting are as they were.',
  stoppedCheck: 'Checking {room} stopped. Nothing was booked; your meeting is as it was.',
  stoppedSuggestions: 'Looking for other times stopped. Your meeting is as it was.',
  availabilityDegradedSome:
    'Availability couldn’t be checked for {count} of {total} rooms. They show “Availability unknown” and come after every room known to be free; search again to retry.',
  availabilityDegradedAll:
    'Availability couldn’t be checked for any of the {total} rooms, so none is shown as free. Search again in a moment; booking a room now asks first.',
  checkedSome: 'Availability checked for {checked} of {total} rooms…',
  checkedAll:
    '{count, plural, one {Availability checked for the one matching room.} other {Availability checked for all # rooms.}}',
  heldFreeFound: '{count, plural, one {# more free room found.} other {# more free rooms found.}}',
  heldFreeShow: 'Show in the list',
  alternativeMove: 'Move to {time}',
  alternativeMoveSeries: 'Move every date to {time}',
  alternativeFreeThen: 'Free then: {rooms}',
  alternativeFreeEveryDate: 'Free on every date: {rooms}',
  alternativeMoreRooms: '{count, plural, one {# more} other {# more}}',
  relaxHeading: 'Wider searches',
  relaxBuilding:
    '{count, plural, one {Show # free room in other buildings} other {Show # free rooms in other buildings}}',
  relaxEquipment:
    '{count, plural, one {Show # free room without the equipment filter} other {Show # free rooms without the equipment filter}}',
  relaxSeats:
    '{count, plural, one {Show # free room with {seats} seats} other {Show # free rooms with {seats} seats}}',
  // Booking state and changes that break it (issue 8)
  bookingStateLabel: 'Booking status',
  phaseAdded: '{room} is added to this meeting but not booked yet. Send the meeting so the room can confirm.',
  phaseWaiting: 'The meeting is sent. Waiting for {room} to answer…',
  phaseTentative: '{room} accepted tentatively: someone who manages the room must still approve it.',
  phaseAccepted: '{room} accepted: the room is booked.',
  phaseDeclined: '{room} declined this meeting: the room is not booked.',
  checkAgain: 'Check again',
  followingAnswer: 'Checking for the answer of {room}',
  findAnotherRoom: 'Find another room',
  declinedBadge: 'Declined',
  breaksTitle: 'This change breaks the booking of {room}',
  breakRoomBusy:
    '{room} is busy at the new time ({dates}): Exchange will decline it when you send the update.',
  breakRoomMaybeBusy:
    '{room} may be taken at the new time ({dates}): Exchange may decline it when you send the update.',
  breakMoreDates: '{count, plural, one {and # more date} other {and # more dates}}',
  breakTooSmall: '{room} seats {capacity}, but the meeting now has {people} people.',
  roomOnMeeting: 'Room: {room}',
  breakBeyondWindow:
    'The series now runs past {date}, the furthest ahead {room} takes bookings: Exchange will decline the whole series.',
  seriesPlanTitle:
    '{count, plural, one {Book {room} with another room on # date?} other {Book {room} with other rooms on # dates?}}',
  seriesPlanDates: 'Where the meeting is on the dates {room} is not free:',
  seriesPlanItem: '{date} ({status}): {room}',
  seriesPlanNoRoom: 'no free room',
  seriesPlanAccept:
    'With these exceptions {room} is asked only for the dates it is free, and Exchange accepts the series.',
  seriesPlanDeclineClashingDates:
    'With these exceptions Exchange accepts the series for {room}, but declines it on the dates without another room.',
  seriesPlanDoubleBooked:
    'With these exceptions {room} accepts the series; it is double-booked on the dates without another room.',
  seriesPlanDecline:
    'Even with these exceptions Exchange will decline {room} for the whole series: no other room is free on some dates.',
  seriesPlanMayDecline:
    'Even with these exceptions Exchange may decline {room}: Roombook cannot tell whether it is taken on some dates.',
  seriesPlanKeepLooking: 'Keep looking',
  seriesPlanBook: 'Book with these exceptions',
  seriesPlanBooked:
    '{count, plural, one {{room} is added to the series, with another room on # date. Send the meeting so the rooms confirm.} other {{room} is added to the series, with other rooms on # dates. Send the meeting so the rooms confirm.}}',
  seriesPlanNotMoved:
    'Not changed: {dates}. {room} stays on these dates, and Exchange may decline it when you send the meeting.',
  // My bookings: check in and release (issue 9)
  checkIn: 'Check in',
  checkedInBadge: 'Checked in at {time}',
  checkedInAnnounce: 'You are checked in to {room}: the room stays booked for this meeting.',
  checkInNotConfirmed: 'Roombook could not confirm the check-in. Try again.',
  releaseRoom: 'Release room',
  confirmReleaseTitle: 'Release {room}?',
  confirmReleaseBody:
    '{room} is taken off “{subject}” and becomes free for others. The meeting itself stays on your and the attendees’ calendars, without a room.',
  confirmReleaseSeriesBody:
    '{room} is taken off every date of the series “{subject}” and becomes free for others. The meetings stay on your and the attendees’ calendars, without a room.',
  confirmKeepRoomBooked: 'Keep the room',
  confirmRelease: 'Release the room',
  roomReleasedAnnounce: '{room} is released and free for others.',
  roomReleasedBadge: 'Room released',
  releaseNotConfirmed:
    'Roombook asked Outlook to take {room} off the meeting but could not confirm it. Select Refresh to see where it stands.',
  seriesNext: 'Next: {when}',
  seriesDatesLeft:
    '{count, plural, one {Series: # date left in the next {days} days} other {Series: # dates left in the next {days} days}}',
  rebook: 'Book another room',
  rebookOpenMeeting: 'To book another room, open “{subject}” in Outlook, then open Roombook on it.',
  // Privacy: the Graph log in plain words (issue 9)
  privacyAuditCount: '{count, plural, one {# call} other {# calls}}, oldest first',
  privacyAuditExport: 'Export as CSV',
  privacyAuditCall: 'Call',
  privacyAuditOutcome: 'Result',
  privacyAuditDuration: 'Duration',
  privacyAuditDurationMs: 'Duration (ms)',
  privacyAuditMs: '{ms, number} ms',
  privacyAuditBatch: 'Sent in batch',
  auditCallRoomLists:
    '{page, plural, =0 {Read the list of buildings} other {Read the list of buildings, page #}}',
  auditCallRooms: '{page, plural, =0 {Read the room directory} other {Read the room directory, page #}}',
  auditCallRoomsInList:
    '{page, plural, =0 {Read which rooms a building has} other {Read which rooms a building has, page #}}',
  auditCallSchedule: 'Checked availability of {items, plural, one {# room} other {# rooms}}',
  auditCallMeetingTimes: 'Looked for other times when rooms are free',
  auditCallEvent: 'Read Roombook’s booking details on the meeting',
  auditCallEventRooms: 'Checked the meeting’s rooms and their answers',
  auditCallUpdateEvent: 'Saved Roombook’s booking details on the meeting',
  auditCallMyBookings: 'Read your upcoming meetings for My bookings',
  auditCallBatch: 'Sent {items, plural, one {# request} other {# requests}} together',
  auditCallSeriesInstances: 'Found a date of the series to give it another room',
  auditCallCheckIn: 'Checked in to the booked room',
  auditCallCheckInStatus: 'Read whether someone checked in to the booked room',
  auditCallOther: 'Called Microsoft Graph',
  auditOk: 'OK',
  auditNoAnswer: 'No answer',
  auditFailed:
    '{reason, select, throttled {Failed (throttled)} unavailable {Failed (service unavailable)} signIn {Failed (sign-in needed)} forbidden {Failed (access refused)} notFound {Failed (not found)} conflict {Failed (changed meanwhile)} other {Failed (HTTP {status})}}',
  favouriteRoom: 'Favourite: {room}',
  bookShort: 'Book',
  buildingInCity: '{building}, {city}',
  buildingsMore:
    '{count, plural, one {# more building: type a name or city to find it} other {# more buildings: type a name or city to find them}}',
  buildingsNone: 'No building or city matches',
  filtersSummary: 'Filters: {summary}',
  capacityAtLeast: '{count}+ seats',
  floorNamed: 'Floor {floor}',
  timelineLabel: 'The room around this meeting: {meeting}; {blocks}',
  timelineMeeting: 'your meeting {from}–{to}',
  timelineBusy: 'busy {from}–{to}',
  timelineTentative: 'tentative {from}–{to}',
  timelineUnknown: 'unknown {from}–{to}',
  timelineFree: 'free from {from} to {to}',
};

export type MessageKey = keyof typeof enUS;
export type Messages = Record<MessageKey, string>;
