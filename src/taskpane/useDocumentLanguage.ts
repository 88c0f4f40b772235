import * as React from 'react';

/**
 * The page declares the language it is shown in (Office's display language, e.g. de-DE), so screen
 * readers pronounce it and the browser hyphenates and picks fonts for it.
 */
export function useDocumentLanguage(locale: string): void {
  React.useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
}
