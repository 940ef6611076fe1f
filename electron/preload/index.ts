// Runs sandboxed before the renderer: the only bridge between the page and Node is what is exposed here.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('tandem', createBridge(ipcRenderer));
