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
    // Requested at run time for the one origin of a rules URL the user enters
    // (src/distribution/README.md); nothing is granted at install.
    optional_host_permissions: ['https://*/*'],
    // Enterprise policy keys (rulesUrl, rulesInline, publicKey, refreshMinutes, lockUserRules).
    storage: { managed_schema: 'managed_schema.json' },
  },
});
