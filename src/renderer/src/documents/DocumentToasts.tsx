import { Button, makeStyles, Toast, ToastBody, ToastTitle, ToastTrigger, tokens } from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { ArchiveResult } from '../../../shared/documents'
import { baseName } from './labels'

const useStyles = makeStyles({
  // Paths and file names are long and have no spaces to break at.
  wrap: { overflowWrap: 'anywhere' },
  // The toast lays out in a grid: without this, a long name widens the body past the toast.
  body: { minWidth: 0 },
  folder: {
    display: 'block',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground2,
  },
  files: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  // One line per file: the start of a name tells them apart; the whole name is in the tooltip.
  file: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  more: { color: tokens.colorNeutralForeground3 },
})

/** How many file names a toast lists before "og 4 filer til". */
const listed = 3

function Dismiss() {
  const { t } = useTranslation()
  return (
    <ToastTrigger>
      <Button
        size="small"
        appearance="transparent"
        icon={<DismissRegular />}
        aria-label={t('documentsUi.toast.close')}
      />
    </ToastTrigger>
  )
}

/** A file saved through the browser's downloads: its name is what the user looks for. */
export function DownloadedToast({ fileName }: { fileName: string }) {
  const { t } = useTranslation()
  return (
    <Toast>
      <ToastTitle action={<Dismiss />}>{t('documentsUi.toast.downloaded')}</ToastTitle>
      <ToastBody className={useStyles().wrap}>{fileName}</ToastBody>
    </Toast>
  )
}

/** A filing: where it went, the files written, and the manifest beside them. */
export function ArchivedToast({ result }: { result: ArchiveResult }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const names = result.record.files.map((f) => f.filnavn)
  const rest = names.length - listed
  // The manifest's name may carry a number when an earlier filing's is still in the folder.
  const manifests = result.paths.map(baseName).filter((name) => /\.(csv|json)$/i.test(name) && !names.includes(name))
  return (
    <Toast>
      <ToastTitle action={<Dismiss />}>{t('documentsUi.toast.archived', { count: names.length })}</ToastTitle>
      <ToastBody
        className={styles.body}
        subtitle={
          manifests.length === 0
            ? undefined
            : t('documentsUi.toast.manifest', {
                files:
                  manifests.length === 2
                    ? t('documentsUi.toast.manifestAnd', { first: manifests[0], last: manifests[1] })
                    : manifests.join(', '),
              })
        }
      >
        <span className={styles.folder}>{result.record.folder}</span>
        <ul className={styles.files}>
          {names.slice(0, listed).map((name) => (
            <li key={name} className={names.length > 1 ? styles.file : styles.wrap} title={name}>
              {name}
            </li>
          ))}
          {rest > 0 && <li className={styles.more}>{t('documentsUi.toast.more', { count: rest })}</li>}
        </ul>
      </ToastBody>
    </Toast>
  )
}

/** Main's refusal, in its own words; it stays until dismissed, since it says what to fix. */
export function FailedToast({ title, message }: { title: string; message: string }) {
  const styles = useStyles()
  return (
    <Toast>
      <ToastTitle action={<Dismiss />}>{title}</ToastTitle>
      <ToastBody className={styles.wrap}>{message}</ToastBody>
    </Toast>
  )
}
