import { THEME_STORAGE_KEY } from './constants';

/**
 * Runs in <head> before the first paint: puts `dark` on <html> from localStorage (or the system preference when
 * nothing is stored yet), so a dark-mode user never sees a white flash.
 */
export const themeScript = `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});var d=t==='dark'||(t!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);document.documentElement.classList.toggle('dark',d);}catch(e){}})();`;
