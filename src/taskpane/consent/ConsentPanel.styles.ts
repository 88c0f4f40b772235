import { makeStyles, tokens } from '@fluentui/react-components';

export const useConsentPanelStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  actions: { display: 'flex', justifyContent: 'flex-end' },
});
