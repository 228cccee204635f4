/**
 * The only bridge between the page and main: one function per contract
 * method, built from the contract itself. The page never sees ipcRenderer
 * or an IPC event.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from '../shared/api';
import { buildBridge } from '../shared/bridge';
import { fail, type Result } from '../shared/result';

const bridge = buildBridge(CHANNELS, async (channel, input) => {
  try {
    return (await ipcRenderer.invoke(channel, input)) as Result<unknown>;
  } catch {
    return fail('internal', 'Scholia could not reach its notebook. Please restart the app.');
  }
});

contextBridge.exposeInMainWorld('scholia', bridge);
