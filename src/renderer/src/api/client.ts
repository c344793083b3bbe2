import { operationNames, type Api, type InputOf, type OperationName, type OutputOf } from '../../../shared/contract'
import { fail, type Result } from '../../../shared/result'
import { nb } from '../../../shared/strings/nb'

declare global {
  interface Window {
    api?: Api
  }
}

const tokenKey = 'sekretariat.token'

/** Web mode: the token arrives once in the address (`?token=`); keep it for this tab, then tidy the URL. */
function webToken(): string {
  const params = new URLSearchParams(window.location.search)
  const fromUrl = params.get('token')
  if (fromUrl) {
    sessionStorage.setItem(tokenKey, fromUrl)
    params.delete('token')
    const query = params.toString()
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`,
    )
  }
  return sessionStorage.getItem(tokenKey) ?? ''
}

function httpApi(): Api {
  const token = webToken()
  const call = (name: OperationName) => async (input: unknown) => {
    try {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      })
      return (await response.json()) as Result<unknown>
    } catch {
      return fail({ code: 'internal', message: nb.app.offline })
    }
  }
  return Object.fromEntries(operationNames.map((name) => [name, call(name)])) as unknown as Api
}

/** The one client: `window.api` inside Electron, HTTP in web mode. */
export const api: Api = window.api ?? httpApi()

/** Calls one operation by name with its typed input. */
export function request<N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>> {
  const fn = api[name] as (input: InputOf<N>) => Promise<Result<OutputOf<N>>>
  return fn(input)
}
