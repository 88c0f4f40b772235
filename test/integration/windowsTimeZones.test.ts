// A user whose Outlook is set to a Windows time zone outside the short list Roombook once kept by
// hand (Nepal, UTC+05:45) sees the meeting in their own zone: the Office adapter reads Outlook's
// Windows name and the pane converts it through CLDR's table.
import { createAppointmentPort } from '../../src/office/appointment';
import { graphSetup, installOutlook, uninstallOutlook } from '../kit/harness';

afterEach(uninstallOutlook);

test.each([
  ['Nepal Standard Time', 'Asia/Katmandu'],
  ['Venezuela Standard Time', 'America/Caracas'],
  ['W. Europe Standard Time', 'Europe/Berlin'],
])('an Outlook user in %s reads the appointment in %s', async (windowsName, iana) => {
  installOutlook(graphSetup().emulator, windowsName);
  const appointment = await createAppointmentPort().read();
  expect(appointment.displayTimeZone).toBe(iana);
});
