/**
 * Electron fuses for the packaged app: switches compiled into the Electron
 * binary that turn off ways to run code other than Scholia's own (the
 * ELECTRON_RUN_AS_NODE variable, NODE_OPTIONS, --inspect) and make it load only
 * its own, integrity-checked app.asar. They are flipped once, at packaging,
 * before code signing, so the OS signature check keeps them from being flipped
 * back. Nothing here runs inside the app; it is packaging code.
 *
 * electron-builder calls applyFuses through the afterPack hook (after-pack.ts),
 * which runs after the app is copied next to Electron and before signing.
 *
 * OnlyLoadAppFromAsar needs the app packed as app.asar (electron-builder's
 * default, `asar: true`), and the integrity fuse needs the packager to record the
 * asar's hash (electron-builder does for macOS and Windows); builder-config.ts
 * keeps both, and its test fails if either is turned off while these fuses are on.
 *
 * @electron/fuses is held at 1.x: 2.x needs Node 22.12, Scholia supports 20.19.
 * 1.x knows eight fuses; Electron 45's ninth, WasmTrapHandlers, is left at its
 * default (on), which is why `strictlyRequireAllFuses` cannot be set.
 */
import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';

export const SCHOLIA_FUSES: FuseV1Config = {
  version: FuseVersion.V1,
  // Flipping bytes breaks the ad-hoc signature of an unsigned Apple Silicon build; re-sign it ad hoc.
  resetAdHocDarwinSignature: process.platform === 'darwin',
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  // The renderer is served from scholia://, so file:// needs no privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
};

/** Flips SCHOLIA_FUSES in a packaged Electron executable (or macOS .app bundle), in place. */
export async function applyFuses(electronBinaryPath: string): Promise<void> {
  await flipFuses(electronBinaryPath, SCHOLIA_FUSES);
}
