import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { useTempDirs } from '../../support/temp-dir';
import { launchChromium, openApp, type AppPage } from './browser';
import { startTestServer, type TestServer } from './test-server';

/**
 * One Chromium per test file, and per test a fresh data folder and servers
 * that stop (with their pages) before the folder is removed.
 */
export function useE2eSession() {
  const tempDir = useTempDirs();
  let browser: Browser | undefined;
  const servers: TestServer[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  // Registered after useTempDirs, so it runs first.
  afterEach(async () => {
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  const serve = async (dataDir: string) => {
    const server = await startTestServer(dataDir);
    servers.push(server);
    return server;
  };

  return {
    tempDir,
    serve,
    /** Stops a server as an app quit would; its folder stays for a restart. */
    stop: async (server: TestServer) => {
      servers.splice(servers.indexOf(server), 1);
      await server.close();
    },
    open: (server: TestServer): Promise<AppPage> => openApp(browser!, server),
  };
}
