import { sql } from 'kysely'
import type { ErasureResult } from '../../shared/personal-data'
import { erasePerson, erasurePreview, restrictPerson } from '../db/repositories/personal-data'
import { makeAccessReport } from '../documents/access-report'
import { describeError } from '../safe-log'
import type { Context } from './context'
import { inTransaction, stamp, type Handlers } from './handler'

/** Personal data (GDPR) of one person in the register: erasure, restriction, access report. */

export type PersonalDataOperation = 'people.erasurePreview' | 'people.erase' | 'people.restrict' | 'people.accessReport'

/**
 * Makes the erased bytes leave the file. `secure_delete` (set on every connection) already
 * zeroes what the erasure overwrote; VACUUM also rewrites the pages that held older versions of
 * the row from before secure_delete was on, and the checkpoint empties the WAL, which still
 * holds the page images written before the erasure. Both wait their turn on the one connection.
 * A failure here leaves the erasure done (it is committed); the next erasure tries again.
 */
async function rewriteFile(ctx: Context): Promise<boolean> {
  try {
    await sql`vacuum`.execute(ctx.db)
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(ctx.db)
    return true
  } catch (error) {
    console.error(`people.erase: filen ble ikke skrevet om: ${describeError(error)}`)
    return false
  }
}

export const personalDataHandlers: Pick<Handlers, PersonalDataOperation> = {
  'people.erasurePreview': (ctx, { id }) => erasurePreview(ctx.db, id),
  'people.erase': async (ctx, { id, confirmName }): Promise<ErasureResult> => {
    const done = await inTransaction(ctx, (trx) => erasePerson(trx, id, confirmName, stamp(ctx)))
    return { personId: id, ...done, fileRewritten: await rewriteFile(ctx) }
  },
  'people.restrict': (ctx, input) => inTransaction(ctx, (trx) => restrictPerson(trx, input, stamp(ctx))),
  'people.accessReport': async (ctx, { id }) => {
    const made = await makeAccessReport(ctx, id)
    return {
      fileName: made.fileName,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      content: made.bytes.toString('base64'),
      encoding: 'base64',
    }
  },
}
