import {
  Menu,
  MenuButton,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
} from '@fluentui/react-components'
import {
  ArrowExportRegular,
  CalendarAddRegular,
  DocumentTableRegular,
  DocumentWordRegular,
  MailEditRegular,
} from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExportedFile } from '../../../shared/cycle'
import type { Result } from '../../../shared/result'
import { request } from '../api/client'
import { useSaveFile } from '../kit/use-save-file'

export interface ExportOutcome {
  fileName: string
  notes: string[]
}

interface Props {
  meetingId: number
  /** What was saved (and what the e-mail draft had to leave out), or a refusal. */
  onDone: (outcome: ExportOutcome | null, error: string | null) => void
}

type MailTo = 'all' | 'unanswered' | 'accepted'

/**
 * The list out of the app: Word grouped by category (by organisation is on the Word button beside),
 * CSV for mail merge, a calendar invitation, and an e-mail draft to everyone, the unanswered or
 * those coming.
 */
export function ExportMenu({ meetingId, onDone }: Props) {
  const { t } = useTranslation()
  const file = useSaveFile()
  const [busy, setBusy] = useState(false)

  async function run(made: Promise<Result<ExportedFile & { notes?: string[] }>>, mime: string) {
    if (busy) return
    setBusy(true)
    try {
      await file.save(made, mime)
      const result = await made
      if (result.ok) onDone({ fileName: result.value.fileName, notes: result.value.notes ?? [] }, null)
      else onDone(null, result.error.message)
    } finally {
      setBusy(false)
    }
  }
  const mail = (to: MailTo) => void run(request('invitations.exportMail', { meetingId, to }), 'message/rfc822')

  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <MenuButton icon={busy ? <Spinner size="extra-tiny" /> : <ArrowExportRegular />} aria-busy={busy}>
          {t('invitations.export.menu')}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem
            icon={<DocumentWordRegular />}
            onClick={() =>
              void run(request('documents.make', { kind: 'participants', id: meetingId, groupBy: 'category' }), '')
            }
          >
            {t('invitations.export.wordByCategory')}
          </MenuItem>
          <MenuItem
            icon={<DocumentTableRegular />}
            onClick={() => void run(request('invitations.exportCsv', { meetingId }), 'text/csv')}
          >
            {t('invitations.export.csv')}
          </MenuItem>
          <MenuItem
            icon={<CalendarAddRegular />}
            onClick={() => void run(request('invitations.exportIcs', { meetingId }), 'text/calendar')}
          >
            {t('invitations.export.ics')}
          </MenuItem>
          <MenuDivider />
          <MenuGroup>
            <MenuGroupHeader>{t('invitations.export.mail')}</MenuGroupHeader>
            <MenuItem icon={<MailEditRegular />} onClick={() => mail('all')}>
              {t('invitations.export.mailAll')}
            </MenuItem>
            <MenuItem icon={<MailEditRegular />} onClick={() => mail('unanswered')}>
              {t('invitations.export.mailUnanswered')}
            </MenuItem>
            <MenuItem icon={<MailEditRegular />} onClick={() => mail('accepted')}>
              {t('invitations.export.mailAccepted')}
            </MenuItem>
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  )
}
