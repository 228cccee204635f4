import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { afterPack } from '../../../src/main/packaging/after-pack';
import { builderConfig } from '../../../src/main/packaging/builder-config';
import { SCHOLIA_FUSES } from '../../../src/main/packaging/fuses';

/** electron-builder's own schema, found from electron-builder itself so it is the one its validator uses. */
function electronBuilderSchema(): object {
  const require = createRequire(import.meta.url);
  const builderDir = dirname(require.resolve('electron-builder/package.json'));
  return JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json', { paths: [builderDir] }), 'utf8')) as object;
}

/** Validates as electron-builder does (ajv 8, all errors), but without its type coercion and with its `typeof` keyword enforced. */
const validate = (() => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addKeyword({ keyword: 'typeof', schemaType: 'string', validate: (type: string, data: unknown) => typeof data === type });
  return ajv.compile(electronBuilderSchema());
})();

function schemaErrors(config: object): string[] {
  return validate(config) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
}

describe("Scholia's electron-builder configuration", () => {
  it("validates against electron-builder's schema", () => {
    expect(schemaErrors(builderConfig)).toEqual([]);
  });

  it('is refused by the same check when an option is misspelt or of the wrong type', () => {
    expect(schemaErrors({ ...builderConfig, nsis: { ...builderConfig.nsis, oneClik: false } })).toContain(
      '/nsis must NOT have additional properties',
    );
    expect(schemaErrors({ ...builderConfig, asar: 'yes' })).toContain('/asar must be null,boolean');
    expect(schemaErrors({ ...builderConfig, afterPack: 42 })).toContain('/afterPack must match a schema in anyOf');
  });

  it('packs into app.asar with its integrity recorded, as the fuses require', () => {
    expect(SCHOLIA_FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(SCHOLIA_FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(builderConfig.asar).toBe(true);
    expect(builderConfig.disableAsarIntegrity).toBe(false);
  });

  it('flips the fuses once, through the afterPack hook, not also through electron-builder\'s own fuse option', () => {
    expect(builderConfig.afterPack).toBe(afterPack);
    expect(builderConfig).not.toHaveProperty('electronFuses');
  });

  it('builds AppImage and .deb, a .dmg and an NSIS installer that installs per user', () => {
    expect(builderConfig.linux.target).toEqual(['AppImage', 'deb']);
    expect(builderConfig.linux.category).toBe('Office;Education');
    expect(builderConfig.linux.maintainer).toMatch(/^.+ <.+@.+>$/);
    expect(builderConfig.mac.target).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }]);
    expect(builderConfig.mac.hardenedRuntime).toBe(true);
    expect(builderConfig.win.target).toBe('nsis');
    expect(builderConfig.nsis).toMatchObject({ oneClick: false, perMachine: false });
  });
});
