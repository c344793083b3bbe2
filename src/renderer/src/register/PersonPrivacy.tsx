import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components'
import {
  DeleteDismissRegular,
  DocumentRegular,
  LockClosedRegular,
  LockOpenRegular,
  ShieldRegular,
} from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, localIsoDate } from '../../../shared/dates'
import type { ErasureResult, ManualCheck, NameCopy } from '../../../shared/personal-data'
import type { Person } from '../../../shared/register'
import { request } from '../api/client'
import { useApiMutation, useApiQuery } from '../api/hooks'
import { ConfirmDialog } from '../kit/ConfirmDialog'
import { ErrorBar } from '../kit/ErrorBar'
import { FormDialog } from '../kit/FormDialog'
import { RouteLink } from '../kit/RouteLink'
import { TextField } from '../kit/TextField'
import { ToolDialog } from '../kit/ToolDialog'
import { useForm } from '../kit/use-form'
import { useSaveFile } from '../kit/use-save-file'

/**
 * Personvern for one person in the register: the access report, restriction (sperring) and
 * erasure of the personal data. Main does the work (`people.*` in api/personal-data.ts).
 */

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalM}`,
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', gap: '2px' },
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
})

const stampDate = (timestamp: string) => formatDate(localIsoDate(new Date(timestamp)))

/** "Sperret" / "Slettet" beside a person's name, in lists and the detail pane. */
export function PrivacyBadge({ person }: { person: Pick<Person, 'restrictedAt' | 'erasedAt'> }) {
  const { t } = useTranslation()
  if (person.erasedAt) {
    return (
      <Badge appearance="tint" color="subtle" size="small">
        {t('personalData.erasedBadge')}
      </Badge>
    )
  }
  if (person.restrictedAt) {
    return (
      <Badge appearance="tint" color="warning" size="small" icon={<LockClosedRegular />}>
        {t('personalData.restrictedBadge')}
      </Badge>
    )
  }
  return null
}

type Open = 'restrict' | 'unrestrict' | 'erase' | null

/** The status line and the Personvern menu at the top of the person's detail pane. */
export function PersonPrivacy({ person, onErased }: { person: Person; onErased: (result: ErasureResult) => void }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [open, setOpen] = useState<Open>(null)
  const report = useSaveFile()
  const [making, setMaking] = useState(false)
  const unrestrict = useApiMutation('people.restrict')
  const isErased = person.erasedAt !== null

  async function downloadReport() {
    setMaking(true)
    await report.save(request('people.accessReport', { id: person.id }))
    setMaking(false)
  }

  return (
    <div className={styles.bar}>
      {isErased && (
        <MessageBar intent="info">
          <MessageBarBody>
            {t('personalData.erasedDetail', { date: stampDate(person.erasedAt ?? ''), name: person.name })}
          </MessageBarBody>
        </MessageBar>
      )}
      {!isErased && person.restrictedAt && (
        <MessageBar intent="warning" icon={<LockClosedRegular />}>
          <MessageBarBody>
            {t('personalData.restrictedDetail', {
              date: stampDate(person.restrictedAt),
              reason: person.restrictionReason,
            })}
            <br />
            <Caption1>{t('personalData.restrictedHint')}</Caption1>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.row}>
        <Menu positioning="below-start">
          <MenuTrigger disableButtonEnhancement>
            <Button
              size="small"
              icon={making ? <Spinner size="extra-tiny" /> : <ShieldRegular />}
              aria-label={t('personalData.menuLabel', { name: person.name })}
            >
              {t('personalData.menu')}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem icon={<DocumentRegular />} onClick={() => void downloadReport()}>
                {t('personalData.accessReport')}
              </MenuItem>
              {!isErased &&
                (person.restrictedAt ? (
                  <MenuItem icon={<LockOpenRegular />} onClick={() => setOpen('unrestrict')}>
                    {t('personalData.unrestrict')}
                  </MenuItem>
                ) : (
                  <MenuItem icon={<LockClosedRegular />} onClick={() => setOpen('restrict')}>
                    {t('personalData.restrict')}
                  </MenuItem>
                ))}
              {!isErased && (
                <MenuItem icon={<DeleteDismissRegular />} onClick={() => setOpen('erase')}>
                  {t('personalData.erase')}
                </MenuItem>
              )}
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      <ErrorBar message={report.error} />

      {open === 'restrict' && <RestrictDialog person={person} onClose={() => setOpen(null)} />}
      <ConfirmDialog
        open={open === 'unrestrict'}
        title={t('personalData.unrestrictTitle', { name: person.name })}
        confirmLabel={t('personalData.unrestrictConfirm')}
        error={unrestrict.error?.message}
        busy={unrestrict.isPending}
        onConfirm={() => unrestrict.mutate({ id: person.id, restricted: false }, { onSuccess: () => setOpen(null) })}
        onClose={() => {
          unrestrict.reset()
          setOpen(null)
        }}
      >
        {t('personalData.unrestrictBody')}
      </ConfirmDialog>
      {open === 'erase' && <EraseDialog person={person} onErased={onErased} onClose={() => setOpen(null)} />}
    </div>
  )
}

function RestrictDialog({ person, onClose }: { person: Person; onClose: () => void }) {
  const { t } = useTranslation()
  const form = useForm('people.restrict', { id: person.id, restricted: true, restrictionReason: '' })
  return (
    <FormDialog
      title={t('personalData.restrictTitle', { name: person.name })}
      onClose={onClose}
      onSubmit={form.submit}
      error={form.error}
      busy={form.busy}
      submitLabel={t('personalData.restrictConfirm')}
    >
      <p style={{ margin: 0 }}>{t('personalData.restrictBody')}</p>
      <TextField
        label={t('personalData.restrictReasonLabel')}
        hint={t('personalData.restrictReasonHint')}
        required
        autoFocus
        multiline
        {...form.bind('restrictionReason')}
      />
    </FormDialog>
  )
}

function CopyList({ copies }: { copies: NameCopy[] }) {
  const { t } = useTranslation()
  const styles = useStyles()
  if (copies.length === 0) return <Caption1 className={styles.muted}>{t('personalData.noCopies')}</Caption1>
  return (
    <ul className={styles.list}>
      {copies.map((c) => (
        <li key={c.place}>
          {t('personalData.placeCount', { place: t(`personalData.places.${c.place}`), count: c.count })}
        </li>
      ))}
    </ul>
  )
}

function CheckList({ checks }: { checks: ManualCheck[] }) {
  const styles = useStyles()
  return (
    <ul className={styles.list}>
      {checks.map((c) => (
        <li key={c.caseId}>
          <RouteLink to={`/saker/${c.caseId}`}>
            {[c.numberLabel ?? c.bodyShortCode, c.title].filter(Boolean).join(' ')}
          </RouteLink>
        </li>
      ))}
    </ul>
  )
}

function EraseDialog({
  person,
  onErased,
  onClose,
}: {
  person: Person
  onErased: (result: ErasureResult) => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  const styles = useStyles()
  const preview = useApiQuery('people.erasurePreview', { id: person.id })
  const form = useForm('people.erase', { id: person.id, confirmName: '' })
  const p = preview.data
  return (
    <FormDialog
      title={t('personalData.eraseTitle', { name: person.name })}
      onClose={onClose}
      onSubmit={async () => {
        const result = await form.submit()
        if (result) onErased(result)
        return result
      }}
      error={form.error}
      busy={form.busy || !p}
      submitLabel={t('personalData.eraseConfirm')}
    >
      <ErrorBar message={preview.error?.message} />
      {!p ? (
        <Spinner size="small" label={t('app.loading')} />
      ) : (
        <>
          <p style={{ margin: 0 }}>{t('personalData.eraseIntro', { pseudonym: p.pseudonym })}</p>
          <section className={styles.block} aria-label={t('personalData.removedHeading')}>
            <Subtitle2 as="h3" className={styles.heading}>
              {t('personalData.removedHeading')}
            </Subtitle2>
            <span>{t('personalData.removedList')}</span>
          </section>
          <section className={styles.block} aria-label={t('personalData.copiesHeading')}>
            <Subtitle2 as="h3" className={styles.heading}>
              {t('personalData.copiesHeading')}
            </Subtitle2>
            <CopyList copies={p.nameCopies} />
          </section>
          <section className={styles.block} aria-label={t('personalData.keptHeading')}>
            <Subtitle2 as="h3" className={styles.heading}>
              {t('personalData.keptHeading')}
            </Subtitle2>
            <span>{t('personalData.keptList', p.kept)}</span>
          </section>
          <section className={styles.block} aria-label={t('personalData.checkHeading')}>
            <Subtitle2 as="h3" className={styles.heading}>
              {t('personalData.checkHeading')}
            </Subtitle2>
            {p.manualChecks.length === 0 ? (
              <span>{t('personalData.noChecks')}</span>
            ) : (
              <>
                <span>
                  {p.manualChecks.length === 1
                    ? t('personalData.checkIntroOne')
                    : t('personalData.checkIntro', { count: p.manualChecks.length })}
                </span>
                <CheckList checks={p.manualChecks} />
              </>
            )}
            <Caption1 className={styles.muted}>{t('personalData.checkOutside')}</Caption1>
          </section>
          <TextField
            label={t('personalData.confirmLabel', { name: person.name })}
            required
            autoFocus
            {...form.bind('confirmName')}
          />
        </>
      )}
    </FormDialog>
  )
}

/** After an erasure: the new name, and the cases the user still has to read. */
export function ErasedDialog({ result, onClose }: { result: ErasureResult; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <ToolDialog title={t('personalData.erasedTitle')} onClose={onClose}>
      <span>{t('personalData.erasedBody', { pseudonym: result.pseudonym })}</span>
      {result.manualChecks.length > 0 && (
        <>
          <span>{t('personalData.erasedCheck')}</span>
          <CheckList checks={result.manualChecks} />
        </>
      )}
    </ToolDialog>
  )
}
