// The message catalogue's source language. Every string the pane shows comes from here (or from the
// translation beside it); `{name}` marks a value filled in at run time.
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
    'The room you choose, as the meeting’s location and room attendee, and hidden booking details on this meeting (room id, address, location, capacity, your search filters, Roombook’s version, your address).',
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
  attendees: '{count} attendees besides you',
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
  resultsSummary: '{shown} rooms shown of {total} that match.',
  noResults: 'No room matches these filters. Try a smaller capacity or fewer equipment filters.',
  capacity: '{count} seats',
  capacityUnknown: 'Capacity not listed',
  statusFree: 'Free',
  statusBusy: 'Busy',
  statusTentative: 'Tentative',
  statusUnknown: 'Availability unknown',
  seriesFree: 'Free for {free} of {total} occurrences',
  bookButton: 'Book {room}',
  booked: 'Booked',
  booking: 'Booking {room}…',
  bookedStatus: '{room} is booked for this meeting. Send the invitation so the room confirms.',
  bookedNotification: 'Roombook: {room} added. Send the meeting so the room confirms.',
  alreadyBooked: '{room} is already on this meeting; its booking details are up to date.',
  replacedStatus: '{room} replaces the previous room.',
  // Alternatives
  alternativesHeading: 'Other times',
  alternativesButton: 'Suggest other times',
  alternativesNone: 'No other times found in the next days.',
  alternativeItem: '{time}: {count} rooms free',
  // My bookings
  bookingsHeading: 'Upcoming bookings',
  bookingsEmpty: 'You have no upcoming meetings booked with Roombook.',
  bookingsRefresh: 'Refresh',
  responseAccepted: 'Room accepted',
  responseDeclined: 'Room declined',
  responseTentative: 'Room tentatively accepted',
  responseNone: 'No response from the room yet',
  cancelBooking: 'Cancel booking',
  cancelled: 'The booking of {room} is cancelled.',
  // Privacy
  privacyConsent: 'Consent',
  privacyConsentGiven: 'You agreed on {date} (consent version {version}).',
  privacyWithdraw: 'Withdraw consent',
  privacySignOut: 'Sign out',
  privacySignedOut: 'Signed out. Roombook will ask you to sign in when it next needs Microsoft Graph.',
  privacyPermissions: 'Permissions',
  privacyProperties: 'What Roombook writes on a meeting',
  privacyPropertiesIntro: 'Hidden properties in the Roombook namespace {guid}:',
  privacyAudit: 'Graph calls in this session',
  privacyAuditEmpty: 'No Microsoft Graph call yet.',
  privacyAuditMethod: 'Method',
  privacyAuditPath: 'Path',
  privacyAuditStatus: 'Status',
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
  errorVerificationFailed:
    'The booking details could not be confirmed; the room was taken off again. Try again.',
  errorUnexpected: 'Something went wrong. Nothing was changed. Reload the pane to try again.',
  errorNothingChanged: 'Nothing was changed on your meeting.',
  // Outlook-strict booking flow (issue 7)
  waitingForSync: 'Waiting for Outlook to sync the meeting to your mailbox…',
  waitingForRoom: 'Waiting for the room to answer the invitation…',
  roomNotInvited:
    'The room is on the meeting’s location but is not invited, so it will not be reserved. Invite it to book it.',
  inviteRoom: 'Invite the room',
  roomInvitedStatus: '{room} is invited; it answers the meeting now.',
  errorRoomDeclined:
    'The room declined this meeting, so it was taken off again. Any room you had before is still booked.',
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
  confirmClashes_one: '{count} date is not free:',
  confirmClashes_other: '{count} dates are not free:',
  confirmClashItem: '{date}: {status}',
  confirmClashesMore_one: '…and {count} more date.',
  confirmClashesMore_other: '…and {count} more dates.',
  confirmDontBook: 'Don’t book',
  confirmBookAnyway: 'Book anyway',
  confirmReplaceTitle: 'Replace {previous} with {room}?',
  confirmReplaceBody:
    '{room} goes on the meeting first; {previous} comes off, and its time is released, only once {room} is booked. If booking {room} fails, {previous} stays.',
  confirmKeepRoom: 'Keep {previous}',
  confirmReplace: 'Replace the room',
  confirmCancelTitle: 'Cancel the booking of {room}?',
  confirmCancelBody:
    '{room} is taken off “{subject}” and its time is released (for every date of a series). The meeting itself stays on your and the attendees’ calendars.',
  confirmKeepBooking: 'Keep the booking',
  confirmCancelBooking: 'Cancel the booking',
  bookingCancelled: 'Cancelled',
  confirmWithdrawTitle: 'Withdraw your consent?',
  confirmWithdrawBody:
    'Roombook stops reading and booking rooms until you agree again. Rooms already booked stay booked and their meetings are unchanged; you can cancel them in Outlook.',
  confirmKeepConsent: 'Keep my consent',
  confirmWithdraw: 'Withdraw consent',
  favouriteRoom: 'Favourite: {room}',
  bookShort: 'Book',
  buildingInCity: '{building}, {city}',
  filtersSummary: 'Filters: {summary}',
  capacityAtLeast: '{count}+ seats',
  floorNamed: 'Floor {floor}',
};

export type MessageKey = keyof typeof enUS;
export type Messages = Record<MessageKey, string>;
