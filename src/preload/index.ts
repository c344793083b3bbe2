import { contextBridge, ipcRenderer } from 'electron'
import { operationNames, type Api, type OperationName } from '../shared/contract'

/**
 * Exposes `window.api`, one function per operation of the contract, and nothing else: no raw
 * ipcRenderer, no Node. Each call goes to the channel named after its operation.
 */
const call = (name: OperationName) => (input: unknown) => ipcRenderer.invoke(name, input)

// Built from the contract's names, so the object cannot miss an operation; the cast only
// restores the per-operation types that Object.fromEntries loses.
const api = Object.fromEntries(operationNames.map((name) => [name, call(name)])) as unknown as Api

contextBridge.exposeInMainWorld('api', api satisfies Api)
