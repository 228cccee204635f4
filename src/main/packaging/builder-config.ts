/**
 * How Scholia is packaged: electron-builder's configuration (loaded through
 * electron-builder.ts at the top of the repo) for AppImage and .deb on Linux, a
 * .dmg on macOS and an NSIS installer on Windows.
 */
import type { Configuration } from 'electron-builder';
import { afterPack } from './after-pack';

const DESCRIPTION =
  'An offline research notebook: bring articles in, read them without a network, mark and code passages, write notes and search everything locally.';

export const builderConfig = {
  appId: 'org.scholia.Scholia',
  productName: 'Scholia',
  copyright: 'Copyright © Scholia contributors',
  directories: { output: 'dist' },
  // The app as electron-vite built it, and resources/ where main reads it: under
  // app.getAppPath(), that is inside app.asar. Production dependencies are added
  // by electron-builder itself; nothing else of the repo (sources, tests) goes in.
  files: [
    'out/**',
    'resources/**',
    // Source maps, TypeScript sources and type packages, some dependencies' too, are of no use to the running app.
    '!**/*.map',
    '!**/*.{ts,mts,cts,tsx}',
    '!**/node_modules/@types/**',
    '!resources/screenshots/**',
    // The installers and bundles carry these; the running app never reads them.
    '!resources/icons/*.{svg,ico,icns}',
  ],
  // The fuses demand it: only app.asar is loaded, and macOS and Windows check
  // its hash, which electron-builder records when integrity is not disabled.
  asar: true,
  disableAsarIntegrity: false,
  afterPack,
  // The one native dependency (@napi-rs/canvas, under pdfjs-dist) ships Node-API
  // builds that need no rebuild for Electron; @electron/rebuild 4 would also need
  // a newer Node than Scholia's 20.19.
  npmRebuild: false,
  linux: {
    target: ['AppImage', 'deb'],
    icon: 'resources/icons',
    category: 'Office;Education',
    synopsis: 'Offline research notebook',
    description: DESCRIPTION,
    maintainer: 'Scholia contributors <maintainers@scholia.invalid>',
  },
  deb: { priority: 'optional' },
  mac: {
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    icon: 'resources/icons/icon.icns',
    category: 'public.app-category.education',
    // Electron's own entitlements (JIT for V8) come from electron-builder's default plist.
    hardenedRuntime: true,
  },
  win: {
    target: 'nsis',
    icon: 'resources/icons/icon.ico',
  },
  nsis: {
    oneClick: false,
    // Installs for the current user unless the user picks all users on the install-mode page.
    perMachine: false,
    selectPerMachineByDefault: false,
    allowToChangeInstallationDirectory: true,
  },
} satisfies Configuration;
