/**
 * The only bridge between the page and main: one function per contract
 * method and one subscriber per contract event, built from the contract
 * itself. The page never sees ipcRenderer or an IPC event.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENT_CHANNELS } from '../shared/api';
import { buildBridge } from '../shared/bridge';
import { fail, type Answer } from '../shared/result';

const bridge = buildBridge(
  CHANNELS,
  async (channel, input) => {
    try {
      return (await ipcRenderer.invoke(channel, input)) as Answer<unknown>;
    } catch {
      return fail('internal', 'Scholia could not reach its notebook. Please restart the app.');
    }
  },
  EVENT_CHANNELS,
  (channel, listener) => {
    // The page gets the payload alone: never the event, whose sender could reach ipcRenderer.
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => void ipcRenderer.off(channel, forward);
  },
);

contextBridge.exposeInMainWorld('scholia', bridge);
