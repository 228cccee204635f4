import type { ScholiaApi } from '../../shared/api';

declare global {
  interface Window {
    /** The typed bridge to the notebook, installed by the preload script. */
    readonly scholia: ScholiaApi;
  }
}
