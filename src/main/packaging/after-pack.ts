/**
 * electron-builder's afterPack hook: it runs once the app is copied next to
 * Electron and before anything is signed, which is the one moment fuses can be
 * flipped and still be covered by the OS signature.
 */
import { join } from 'node:path';
import { applyFuses } from './fuses';

/** What the hook reads of electron-builder's AfterPackContext: narrow, so it can be called with a plain object. */
export interface PackedApp {
  readonly appOutDir: string;
  readonly electronPlatformName: string;
  readonly packager: { readonly appInfo: { readonly productFilename: string }; readonly executableName?: string };
}

/** The file whose fuses are flipped: the .app bundle on macOS (@electron/fuses finds the framework in it), the executable elsewhere. */
export function fusedFile({ appOutDir, electronPlatformName, packager }: PackedApp): string {
  const name = packager.appInfo.productFilename;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${name}.app`);
    case 'win32':
      return join(appOutDir, `${name}.exe`);
    case 'linux':
      // Linux executables are named after the package (lower case), not the product.
      if (!packager.executableName) throw new Error('the Linux packager named no executable');
      return join(appOutDir, packager.executableName);
    default:
      throw new Error(`no fuses known for platform ${electronPlatformName}`);
  }
}

/** Flips Scholia's fuses in the app just packed; a packed app whose fuses cannot be flipped fails the build. */
export async function afterPack(context: PackedApp): Promise<void> {
  await applyFuses(fusedFile(context));
}
