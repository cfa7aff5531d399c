/**
 * The desktop preload (sandboxed, CommonJS): exposes exactly one object,
 * window.dossier, and nothing of ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './createBridge';

contextBridge.exposeInMainWorld('dossier', createBridge(ipcRenderer));
