import type { Kysely } from 'kysely'
import type { OperationName, OutputOf, ParsedInputOf } from '../../shared/contract'
import { localIsoDate } from '../../shared/dates'
import type { Database } from '../db/schema'
import type { Context } from './context'

export type Handler<N extends OperationName> = (ctx: Context, input: ParsedInputOf<N>) => Promise<OutputOf<N>>

/** The handlers of one domain: exactly the operations whose names start with `prefix.`. */
export type HandlersOf<Prefix extends string> = {
  [N in OperationName as N extends `${Prefix}.${string}` ? N : never]: Handler<N>
}

export type Handlers = { [N in OperationName]: Handler<N> }

/** Today's date on the user's wall calendar. */
export const today = (ctx: Context) => localIsoDate(ctx.now())
/** A timestamp for created/updated columns. */
export const stamp = (ctx: Context) => ctx.now().toISOString()

/** A use case that writes more than once runs in one transaction: all of it, or none. */
export function inTransaction<T>(ctx: Context, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(work)
}
