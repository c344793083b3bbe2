import type { Migration } from 'kysely'
import * as m0010 from './0010_register'
import * as m0020 from './0020_cycle'
import * as m0030 from './0030_cases'
import * as m0040 from './0040_archive'
import * as m0050 from './0050_invitations'
import * as m0060 from './0060_action_plan'
import * as m0070 from './0070_personal_data'

/**
 * Every migration, imported explicitly: main is bundled, so scanning a folder at run time would
 * find nothing. Names sort in the order they run. Add new ones at the end; never edit a landed one.
 */
export const migrations: Record<string, Migration> = {
  '0010_register': m0010,
  '0020_cycle': m0020,
  '0030_cases': m0030,
  '0040_archive': m0040,
  '0050_invitations': m0050,
  '0060_action_plan': m0060,
  '0070_personal_data': m0070,
}
