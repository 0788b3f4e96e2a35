import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  // Icons and _locales are copied as they are.
  publicDir: 'assets',
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports: every file says where its names come from.
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: ['storage', 'alarms'],
  },
});
