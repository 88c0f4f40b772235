// German. Typed against the English source, so a missing or extra key fails the type check.
import type { Messages } from './en-US';

export const deDE: Messages = {
  loading: 'Wird geladen…',
  consentTitle: 'Bevor Sie buchen',
  consentIntro:
    'Roombook bucht Besprechungsräume für diese Besprechung. Das ist genau das, worauf es zugreift.',
  consentReadsTitle: 'Was Roombook liest',
  consentReads:
    'Betreff, Zeit, Serie und Ort dieser Besprechung sowie die Anzahl der Teilnehmenden (gezählt, nie kopiert); das Raumverzeichnis; die Verfügbarkeit der Räume; Ihre kommenden, mit Roombook gebuchten Besprechungen. Nie den Text oder die Anlagen der Besprechung.',
  consentWritesTitle: 'Was Roombook schreibt',
  consentWrites:
    'Den gewählten Raum als Ort und Raumteilnehmer der Besprechung sowie verborgene Buchungsangaben an dieser Besprechung (Raum-ID, Adresse, Ort, Kapazität, Ihre Suchfilter, Roombook-Version, Ihre Adresse); wenn Sie einchecken, dass der Raum für diese Besprechung genutzt wird.',
  consentPermissionsTitle: 'Berechtigungen und wozu',
  consentStored:
    'Roombook hat keinen Server. Ihre Zustimmung wird in den Einstellungen Ihres Postfachs gespeichert; Sie können sie auf der Registerkarte „Datenschutz“ widerrufen.',
  consentCheckbox:
    'Ich stimme zu, dass Roombook die oben genannten Daten liest und schreibt, um Räume für meine Besprechungen zu buchen',
  consentContinue: 'Weiter',
  permissionCalendars:
    'Diese Besprechung lesen und die Buchungsangaben daran schreiben; Verfügbarkeit von Räumen sehen.',
  permissionPlaces: 'Das Raumverzeichnis der Organisation lesen (Gebäude, Räume, Kapazität, Ausstattung).',
  permissionShared: 'Andere Zeiten vorschlagen, wenn kein Raum frei ist (Kalender der Räume).',
  tabBook: 'Buchen',
  tabBookings: 'Meine Buchungen',
  tabPrivacy: 'Datenschutz',
  appointmentHeading: 'Diese Besprechung',
  untitled: '(kein Betreff)',
  allDay: 'Ganztägig',
  recurring: 'Serie',
  attendees: '{count, plural, one {# teilnehmende Person außer Ihnen} other {# Teilnehmende außer Ihnen}}',
  location: 'Ort: {location}',
  noLocation: 'Noch kein Ort',
  readMode: 'Öffnen Sie die Besprechung zum Bearbeiten, um den Raum zu ändern.',
  bookedRoom: 'Gebucht: {room}',
  searchHeading: 'Raum finden',
  building: 'Gebäude',
  allBuildings: 'Alle Gebäude',
  floor: 'Etage',
  anyFloor: 'Jede Etage',
  minCapacity: 'Mindestkapazität',
  features: 'Ausstattung',
  featureDisplay: 'Bildschirm',
  featureVideo: 'Video',
  featureAudio: 'Audio',
  featureWheelchairAccessible: 'Rollstuhlgerecht',
  tags: 'Schlagwörter',
  searchText: 'Suchtext',
  searchPlaceholder: 'Raumname, Gebäude, Schlagwort…',
  searchButton: 'Räume suchen',
  searching: 'Räume werden gesucht…',
  directoryAge: 'Raumverzeichnis: Stand {age}',
  directoryRefresh: 'Räume aktualisieren',
  directoryRefreshing: 'Räume werden aktualisiert…',
  resultsHeading: 'Räume',
  resultsSummary: '{shown, plural, one {# Raum} other {# Räume}} von {total} passenden angezeigt.',
  noResults:
    'Kein Raum passt zu diesen Filtern. Versuchen Sie eine kleinere Kapazität oder weniger Ausstattung.',
  capacity: '{count, plural, one {# Platz} other {# Plätze}}',
  capacityUnknown: 'Kapazität nicht angegeben',
  statusFree: 'Frei',
  statusBusy: 'Belegt',
  statusTentative: 'Vorläufig belegt',
  statusUnknown: 'Verfügbarkeit unbekannt',
  seriesFree: 'Frei an {free} von {total, plural, one {# Termin} other {# Terminen}}',
  heldShort: 'Reserviert',
  heldForMeeting: 'Für diese Besprechung reserviert',
  bookButton: '{room} buchen',
  booked: 'Gebucht',
  booking: '{room} wird gebucht…',
  bookedStatus: '{room} ist gebucht: Der Raum hat die Besprechung angenommen.',
  addedStatus:
    '{room} ist zu dieser Besprechung hinzugefügt. Senden Sie die Besprechung, damit der Raum bestätigen kann.',
  bookedNotification: 'Roombook: {room} hinzugefügt. Senden Sie die Besprechung, damit der Raum bestätigt.',
  alreadyBooked: '{room} ist bereits an dieser Besprechung; die Buchungsangaben sind aktuell.',
  replacedStatus: '{room} ersetzt den bisherigen Raum.',
  alternativesHeading: 'Andere Zeiten',
  alternativesButton: 'Andere Zeiten vorschlagen',
  alternativesNone: 'In den nächsten Tagen wurden keine anderen Zeiten gefunden.',
  bookingsHeading: 'Kommende Buchungen',
  bookingsEmpty: 'Sie haben keine kommenden, mit Roombook gebuchten Besprechungen.',
  bookingsRefresh: 'Aktualisieren',
  responseAccepted: 'Raum hat zugesagt',
  responseDeclined: 'Raum hat abgesagt',
  responseTentative: 'Raum hat vorläufig zugesagt',
  responseNone: 'Noch keine Antwort des Raums',
  privacyConsent: 'Ihre Zustimmung',
  privacyConsentGiven: 'Sie haben am {date} zugestimmt (Version {version}).',
  privacyWithdraw: 'Zustimmung widerrufen',
  privacySignOut: 'Abmelden',
  privacySignedOut:
    'Abgemeldet. Roombook fragt nach einer Anmeldung, wenn es Microsoft Graph wieder braucht.',
  privacyPermissions: 'Berechtigungen',
  privacyProperties: 'Was Roombook in einer Besprechung speichert',
  privacyPropertiesIntro: 'Verborgene Eigenschaften im Roombook-Namensraum {guid}:',
  privacyAudit: 'Aufrufe von Microsoft Graph in dieser Sitzung',
  privacyAuditEmpty: 'Roombook hat Microsoft Graph noch nicht aufgerufen.',
  privacyAuditMethod: 'Methode',
  privacyAuditPath: 'Pfad (ohne Werte)',
  privacyAuditStatus: 'HTTP-Status',
  privacyAuditTime: 'Zeit',
  errorUnsupportedHost:
    'Dieser Outlook-Version fehlt {sets}, was Roombook braucht. Verwenden Sie das neue Outlook, Outlook im Web oder ein aktualisiertes Outlook.',
  errorOffice: 'Outlook konnte das nicht ausführen: {detail}',
  errorNotSaved:
    'Outlook konnte die Besprechung nicht speichern, daher wurde die Buchung nicht geschrieben. Versuchen Sie es erneut oder speichern Sie die Besprechung zuerst.',
  errorInteractionRequired:
    'Die Anmeldung wurde nicht abgeschlossen. Versuchen Sie es erneut und lassen Sie das Anmeldefenster zu, falls der Browser es blockiert hat.',
  errorConsentDeclined:
    'Die benötigte Berechtigung wurde nicht erteilt. Bitten Sie Ihre Administration um die Zustimmung für Ihre Organisation.',
  errorUnauthorized: 'Ihre Anmeldung ist abgelaufen. Versuchen Sie es erneut.',
  errorForbidden:
    'Microsoft 365 hat den Zugriff verweigert. Ihre Administration muss eventuell die Berechtigungen von Roombook erteilen.',
  errorNotFound:
    'Die Besprechung wurde in Ihrem Kalender nicht gefunden. Speichern Sie sie und versuchen Sie es erneut.',
  errorConflict: 'Die Besprechung wurde inzwischen geändert. Versuchen Sie es erneut.',
  errorThrottled: 'Microsoft 365 ist ausgelastet. Warten Sie kurz und versuchen Sie es erneut.',
  errorUnavailable: 'Microsoft 365 antwortet gerade nicht. Versuchen Sie es gleich noch einmal.',
  errorNetwork: 'Keine Verbindung zu Microsoft 365. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.',
  errorInvalidResponse: 'Microsoft 365 hat unlesbar geantwortet. Versuchen Sie es erneut.',
  errorRefused: 'Roombook hat eine unzulässige Anfrage selbst abgelehnt. Bitte melden Sie das.',
  errorVerificationFailed: 'Die Buchungsangaben ließen sich nicht bestätigen. Versuchen Sie es erneut.',
  errorUnexpected: 'Etwas ist schiefgegangen. Es wurde nichts geändert. Laden Sie den Bereich neu.',
  errorNothingChanged: 'An Ihrer Besprechung wurde nichts geändert.',
  // Outlook-strict booking flow (issue 7)
  waitingForSync: 'Warten, bis Outlook die Besprechung mit Ihrem Postfach synchronisiert hat …',
  waitingForRoom: 'Warten auf die Antwort des Raums auf die Einladung …',
  roomNotInvited:
    'Der Raum steht im Ort der Besprechung, ist aber nicht eingeladen und wird daher nicht reserviert. Laden Sie ihn ein, um ihn zu buchen.',
  inviteRoom: 'Raum einladen',
  roomInvitedStatus: '{room} ist eingeladen und beantwortet die Besprechung jetzt.',
  errorRoomDeclined: 'Der Raum hat die Besprechung abgelehnt.',
  errorStopped: 'Buchung abgebrochen.',
  stopBooking: 'Buchung von {room} abbrechen',
  errorBookingRunning:
    'Für diese Besprechung wird gerade ein Raum gebucht. Warten Sie, bis diese Buchung fertig ist.',
  errorOutcomeUnknown:
    'Roombook konnte nicht bestätigen, was jetzt in Ihrer Besprechung steht: Prüfen Sie Raum und Ort, bevor Sie sie senden.',
  dismiss: 'Schließen',
  retry: 'Erneut versuchen',
  // Bestätigungen (Issue 8): die sichere Aktion steht zuerst und hat den Fokus
  addedDespiteClashes:
    '{room} ist zur Besprechung hinzugefügt, aber nicht an jedem Termin frei: Exchange lehnt ihn beim Senden möglicherweise ab. Die Antwort sehen Sie unter „Meine Buchungen“.',
  confirmBookTitle: '{room} trotzdem buchen?',
  confirmOutcomeDecline:
    'Exchange lehnt {room} ab, wenn Sie die Besprechung senden: Der Raum wird nicht reserviert.',
  confirmOutcomeDeclineSeries:
    'Exchange lehnt {room} für die ganze Serie ab, wenn Sie die Besprechung senden, auch an den freien Terminen: Die Standardeinstellungen eines Raums erlauben in einer Serie keine Überschneidungen.',
  confirmOutcomeMayDecline:
    'Exchange lehnt {room} möglicherweise ab, wenn Sie die Besprechung senden: Roombook kann nicht erkennen, ob der Raum dann belegt ist.',
  confirmOutcomeDeclineClashingDates:
    'Exchange nimmt die Serie für {room} an, lehnt aber die überschneidenden Termine ab: An diesen ist der Raum nicht reserviert.',
  confirmOutcomeDoubleBooked:
    '{room} nimmt überschneidende Besprechungen an: Er ist an diesen Terminen doppelt gebucht.',
  confirmClashes: '{count, plural, one {# Termin ist nicht frei:} other {# Termine sind nicht frei:}}',
  confirmClashItem: '{date}: {status}',
  confirmClashesMore: '{count, plural, one {…und # weiterer Termin.} other {…und # weitere Termine.}}',
  confirmDontBook: 'Nicht buchen',
  confirmBookAnyway: 'Trotzdem buchen',
  confirmReplaceTitle: '{previous} durch {room} ersetzen?',
  confirmReplaceBody:
    '{room} kommt zuerst in die Besprechung; {previous} wird erst entfernt und seine Zeit freigegeben, wenn {room} gebucht ist. Schlägt die Buchung von {room} fehl, bleibt {previous}.',
  confirmKeepRoom: '{previous} behalten',
  confirmReplace: 'Raum ersetzen',
  confirmWithdrawTitle: 'Zustimmung widerrufen?',
  confirmWithdrawBody:
    'Roombook liest und bucht keine Räume mehr, bis Sie erneut zustimmen. Bereits gebuchte Räume bleiben gebucht und ihre Besprechungen unverändert; Sie können sie in Outlook stornieren.',
  confirmKeepConsent: 'Zustimmung behalten',
  confirmWithdraw: 'Zustimmung widerrufen',
  // Fehler (Issue 12): was fehlschlug und was zu tun ist, Abbrechen, eingeschränkte Verfügbarkeit
  errorWhereDirectory: 'Das Raumverzeichnis konnte nicht gelesen werden.',
  errorWhereAvailability: 'Die Verfügbarkeit der Räume konnte nicht geprüft werden.',
  errorWhereMeeting: 'Diese Besprechung konnte in Ihrem Kalender nicht gelesen oder geändert werden.',
  errorWhereBookings: 'Meine Buchungen konnten nicht gelesen oder geändert werden.',
  errorWhereSuggestions: 'Andere Zeiten konnten nicht gesucht werden.',
  errorWhereSignIn: 'Die Anmeldung bei Microsoft 365 hat nicht funktioniert.',
  errorDirectoryNotFound:
    'Microsoft 365 hat kein Raumverzeichnis für Ihre Organisation. Bitten Sie Ihre Administration, Räume und Raumlisten (Places) einzurichten.',
  errorAvailabilityNotFound:
    'Der Kalender eines Raums wurde nicht gefunden, daher ließ sich seine Verfügbarkeit nicht prüfen. Aktualisieren Sie die Räume und suchen Sie erneut.',
  errorBookingsNotFound:
    'Diese Besprechung ist nicht mehr in Ihrem Kalender. Aktualisieren Sie „Meine Buchungen“.',
  errorSuggestionsNotFound:
    'Der Kalender eines Raums wurde nicht gefunden, daher ließen sich keine anderen Zeiten suchen. Aktualisieren Sie die Räume und versuchen Sie es erneut.',
  errorForbiddenPermission:
    'Microsoft 365 hat den Zugriff verweigert. Bitten Sie Ihre Administration, Roombook die Berechtigung {permission} zu erteilen.',
  dismissMessage: 'Meldung schließen',
  stopSearch: 'Suche abbrechen',
  stopCheck: 'Prüfung von {room} abbrechen',
  stopSuggestions: 'Suche nach anderen Zeiten abbrechen',
  stoppedSearch: 'Suche abgebrochen. Die angezeigten Räume und Ihre Besprechung sind unverändert.',
  stoppedCheck: 'Prüfung von {room} abgebrochen. Es wurde nichts gebucht; Ihre Besprechung ist unverändert.',
  stoppedSuggestions: 'Suche nach anderen Zeiten abgebrochen. Ihre Besprechung ist unverändert.',
  availabilityDegradedSome:
    'Für {count} von {total} Räumen ließ sich die Verfügbarkeit nicht prüfen. Sie zeigen „Verfügbarkeit unbekannt“ und stehen nach allen Räumen, die sicher frei sind; suchen Sie erneut, um es noch einmal zu versuchen.',
  availabilityDegradedAll:
    'Für keinen der {total} Räume ließ sich die Verfügbarkeit prüfen, daher wird keiner als frei angezeigt. Suchen Sie gleich erneut; vor dem Buchen eines Raums fragt Roombook jetzt nach.',
  checkedSome: 'Verfügbarkeit für {checked} von {total} Räumen geprüft …',
  checkedAll:
    '{count, plural, one {Verfügbarkeit für den einen passenden Raum geprüft.} other {Verfügbarkeit für alle # Räume geprüft.}}',
  heldFreeFound:
    '{count, plural, one {# weiterer freier Raum gefunden.} other {# weitere freie Räume gefunden.}}',
  heldFreeShow: 'In der Liste zeigen',
  alternativeMove: 'Verschieben auf {time}',
  alternativeMoveSeries: 'Alle Termine verschieben auf {time}',
  alternativeFreeThen: 'Dann frei: {rooms}',
  alternativeFreeEveryDate: 'An allen Terminen frei: {rooms}',
  alternativeMoreRooms: '{count, plural, one {# weiterer} other {# weitere}}',
  relaxHeading: 'Breiter suchen',
  relaxBuilding:
    '{count, plural, one {# freien Raum in anderen Gebäuden zeigen} other {# freie Räume in anderen Gebäuden zeigen}}',
  relaxEquipment:
    '{count, plural, one {# freien Raum ohne Ausstattungsfilter zeigen} other {# freie Räume ohne Ausstattungsfilter zeigen}}',
  relaxSeats:
    '{count, plural, one {# freien Raum mit {seats} Plätzen zeigen} other {# freie Räume mit {seats} Plätzen zeigen}}',
  // Buchungsstatus und Änderungen, die die Buchung aufheben (Issue 8)
  bookingStateLabel: 'Buchungsstatus',
  phaseAdded:
    '{room} ist der Besprechung hinzugefügt, aber noch nicht gebucht. Senden Sie die Besprechung, damit der Raum zusagen kann.',
  phaseWaiting: 'Die Besprechung ist gesendet. Warten auf die Antwort von {room} …',
  phaseTentative:
    '{room} hat mit Vorbehalt zugesagt: Eine für den Raum zuständige Person muss noch zustimmen.',
  phaseAccepted: '{room} hat zugesagt: Der Raum ist gebucht.',
  phaseDeclined: '{room} hat diese Besprechung abgelehnt: Der Raum ist nicht gebucht.',
  checkAgain: 'Erneut prüfen',
  followingAnswer: 'Antwort von {room} wird abgefragt',
  findAnotherRoom: 'Anderen Raum suchen',
  declinedBadge: 'Abgelehnt',
  breaksTitle: 'Diese Änderung hebt die Buchung von {room} auf',
  breakRoomBusy:
    '{room} ist zur neuen Zeit belegt ({dates}): Exchange lehnt ihn ab, wenn Sie die Aktualisierung senden.',
  breakRoomMaybeBusy:
    '{room} ist zur neuen Zeit möglicherweise belegt ({dates}): Exchange lehnt ihn vielleicht ab, wenn Sie die Aktualisierung senden.',
  breakMoreDates: '{count, plural, one {und # weiterer Termin} other {und # weitere Termine}}',
  breakTooSmall: '{room} bietet {capacity} Plätze, die Besprechung hat jetzt aber {people} Personen.',
  roomOnMeeting: 'Raum: {room}',
  breakBeyondWindow:
    'Die Serie reicht jetzt über den {date} hinaus, so weit im Voraus nimmt {room} Buchungen an: Exchange lehnt die ganze Serie ab.',
  seriesPlanTitle:
    '{count, plural, one {{room} buchen und an # Termin einen anderen Raum nehmen?} other {{room} buchen und an # Terminen andere Räume nehmen?}}',
  seriesPlanDates: 'Wo die Besprechung an den Terminen stattfindet, an denen {room} nicht frei ist:',
  seriesPlanItem: '{date} ({status}): {room}',
  seriesPlanNoRoom: 'kein freier Raum',
  seriesPlanAccept:
    'Mit diesen Ausnahmen wird {room} nur für die freien Termine angefragt, und Exchange nimmt die Serie an.',
  seriesPlanDeclineClashingDates:
    'Mit diesen Ausnahmen nimmt Exchange die Serie für {room} an, lehnt ihn aber an den Terminen ohne anderen Raum ab.',
  seriesPlanDoubleBooked:
    'Mit diesen Ausnahmen nimmt {room} die Serie an; an den Terminen ohne anderen Raum ist er doppelt belegt.',
  seriesPlanDecline:
    'Auch mit diesen Ausnahmen lehnt Exchange {room} für die ganze Serie ab: An einigen Terminen ist kein anderer Raum frei.',
  seriesPlanMayDecline:
    'Auch mit diesen Ausnahmen lehnt Exchange {room} möglicherweise ab: Roombook kann nicht erkennen, ob er an einigen Terminen belegt ist.',
  seriesPlanKeepLooking: 'Weiter suchen',
  seriesPlanBook: 'Mit diesen Ausnahmen buchen',
  seriesPlanBooked:
    '{count, plural, one {{room} ist zur Serie hinzugefügt, mit einem anderen Raum an # Termin. Senden Sie die Besprechung, damit die Räume bestätigen.} other {{room} ist zur Serie hinzugefügt, mit anderen Räumen an # Terminen. Senden Sie die Besprechung, damit die Räume bestätigen.}}',
  seriesPlanNotMoved:
    'Nicht geändert: {dates}. {room} bleibt an diesen Terminen, und Exchange lehnt ihn beim Senden möglicherweise ab.',
  // My bookings: check in and release (issue 9)
  checkIn: 'Einchecken',
  checkedInBadge: 'Eingecheckt um {time}',
  checkedInAnnounce: 'Sie sind in {room} eingecheckt: Der Raum bleibt für diese Besprechung gebucht.',
  checkInNotConfirmed: 'Roombook konnte das Einchecken nicht bestätigen. Versuchen Sie es erneut.',
  releaseRoom: 'Raum freigeben',
  confirmReleaseTitle: '{room} freigeben?',
  confirmReleaseBody:
    '{room} wird aus „{subject}“ entfernt und ist wieder für andere frei. Die Besprechung selbst bleibt in Ihrem Kalender und in denen der Teilnehmenden, ohne Raum.',
  confirmReleaseSeriesBody:
    '{room} wird aus allen Terminen der Serie „{subject}“ entfernt und ist wieder für andere frei. Die Besprechungen bleiben in Ihrem Kalender und in denen der Teilnehmenden, ohne Raum.',
  confirmKeepRoomBooked: 'Raum behalten',
  confirmRelease: 'Raum freigeben',
  roomReleasedAnnounce: '{room} ist freigegeben und für andere frei.',
  roomReleasedBadge: 'Raum freigegeben',
  releaseNotConfirmed:
    'Roombook hat Outlook gebeten, {room} aus der Besprechung zu entfernen, konnte es aber nicht bestätigen. Wählen Sie „Aktualisieren“, um den aktuellen Stand zu sehen.',
  seriesNext: 'Nächster Termin: {when}',
  seriesDatesLeft:
    '{count, plural, one {Serie: noch # Termin in den nächsten {days} Tagen} other {Serie: noch # Termine in den nächsten {days} Tagen}}',
  rebook: 'Anderen Raum buchen',
  rebookOpenMeeting: 'Um einen anderen Raum zu buchen, öffnen Sie „{subject}“ in Outlook und dort Roombook.',
  privacyAuditCount: '{count, plural, one {# Aufruf} other {# Aufrufe}}, der älteste zuerst',
  privacyAuditExport: 'Als CSV exportieren',
  privacyAuditCall: 'Aufruf',
  privacyAuditOutcome: 'Ergebnis',
  privacyAuditDuration: 'Dauer',
  privacyAuditDurationMs: 'Dauer (ms)',
  privacyAuditMs: '{ms, number} ms',
  privacyAuditBatch: 'Gesendet in Sammelanfrage',
  auditCallRoomLists: '{page, plural, =0 {Gebäudeliste gelesen} other {Gebäudeliste gelesen, Seite #}}',
  auditCallRooms: '{page, plural, =0 {Raumverzeichnis gelesen} other {Raumverzeichnis gelesen, Seite #}}',
  auditCallRoomsInList:
    '{page, plural, =0 {Räume eines Gebäudes gelesen} other {Räume eines Gebäudes gelesen, Seite #}}',
  auditCallSchedule: 'Verfügbarkeit von {items, plural, one {# Raum} other {# Räumen}} geprüft',
  auditCallMeetingTimes: 'Andere Zeiten mit freien Räumen gesucht',
  auditCallEvent: 'Roombooks Buchungsdaten der Besprechung gelesen',
  auditCallEventRooms: 'Räume der Besprechung und ihre Antworten geprüft',
  auditCallUpdateEvent: 'Roombooks Buchungsdaten in der Besprechung gespeichert',
  auditCallMyBookings: 'Ihre anstehenden Besprechungen für „Meine Buchungen“ gelesen',
  auditCallBatch: '{items, plural, one {# Anfrage} other {# Anfragen}} gebündelt gesendet',
  auditCallSeriesInstances: 'Einen Termin der Serie gesucht, um ihm einen anderen Raum zu geben',
  auditCallCheckIn: 'Im gebuchten Raum eingecheckt',
  auditCallCheckInStatus: 'Gelesen, ob jemand im gebuchten Raum eingecheckt hat',
  auditCallOther: 'Microsoft Graph aufgerufen',
  auditOk: 'OK',
  auditNoAnswer: 'Keine Antwort',
  auditFailed:
    '{reason, select, throttled {Fehlgeschlagen (gedrosselt)} unavailable {Fehlgeschlagen (Dienst nicht verfügbar)} signIn {Fehlgeschlagen (Anmeldung nötig)} forbidden {Fehlgeschlagen (Zugriff verweigert)} notFound {Fehlgeschlagen (nicht gefunden)} conflict {Fehlgeschlagen (inzwischen geändert)} other {Fehlgeschlagen (HTTP {status})}}',
  favouriteRoom: 'Favorit: {room}',
  bookShort: 'Buchen',
  buildingInCity: '{building}, {city}',
  buildingsMore:
    '{count, plural, one {# weiteres Gebäude: Geben Sie einen Namen oder Ort ein, um es zu finden} other {# weitere Gebäude: Geben Sie einen Namen oder Ort ein, um sie zu finden}}',
  buildingsNone: 'Kein Gebäude und kein Ort passt',
  filtersSummary: 'Filter: {summary}',
  capacityAtLeast: 'ab {count} Plätze',
  floorNamed: 'Etage {floor}',
  timelineLabel: 'Der Raum rund um diese Besprechung: {meeting}; {blocks}',
  timelineMeeting: 'Ihre Besprechung {from}–{to}',
  timelineBusy: 'belegt {from}–{to}',
  timelineTentative: 'mit Vorbehalt {from}–{to}',
  timelineUnknown: 'unbekannt {from}–{to}',
  timelineFree: 'frei von {from} bis {to}',
};
