import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from '@fluentui/react-components'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { measureStatuses, type MeasureStatus, type XlsxChange, type XlsxPreview } from '../../../shared/action-plan'
import { ApiFailure, useApiMutation } from '../api/hooks'
import { afterExit } from '../kit/dialog-exit'
import { readAsBase64 } from '../kit/read-file'
import { StatusPill } from './StatusPill'

const useStyles = makeStyles({
  surface: { maxWidth: '1000px', width: '100%' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  tableWrap: {
    maxHeight: '420px',
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  th: {
    position: 'sticky',
    top: 0,
    textAlign: 'left',
    padding: '6px 8px',
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  td: {
    padding: '6px 8px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    verticalAlign: 'top',
    overflowWrap: 'anywhere',
  },
  nr: { whiteSpace: 'nowrap', color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  before: { color: tokens.colorNeutralForeground3 },
  muted: { color: tokens.colorNeutralForeground3 },
})

interface Props {
  file: File
  planId: number
  reviewId: number
  onClose: () => void
}

type Stage =
  | { kind: 'reading' }
  | { kind: 'refused'; message: string }
  | { kind: 'preview'; content: string; preview: XlsxPreview }
  | { kind: 'done'; applied: number }

/**
 * An Excel sheet back in: first every change it would make (nothing written), then on the user's
 * word all of them at once. A sheet main refuses (another plan, edited ids, bad status words,
 * merged cells) shows main's reason, and nothing is written.
 */
export function ImportDialog({ file, planId, reviewId, onClose }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [open, setOpen] = useState(true)
  const [stage, setStage] = useState<Stage>({ kind: 'reading' })
  const preview = useApiMutation('plans.previewXlsx', { refresh: false })
  const apply = useApiMutation('plans.importXlsx')
  const { mutateAsync: previewAsync } = preview

  useEffect(() => {
    let cancelled = false
    void (async () => {
      try {
        const content = await readAsBase64(file)
        const result = await previewAsync({ planId, reviewId, fileName: file.name, content })
        if (!cancelled) setStage({ kind: 'preview', content, preview: result })
      } catch (error) {
        if (!cancelled)
          setStage({ kind: 'refused', message: error instanceof ApiFailure ? error.message : String(error) })
      }
    })()
    return () => {
      cancelled = true
    }
  }, [file, planId, reviewId, previewAsync])

  async function confirm() {
    if (stage.kind !== 'preview') return
    try {
      const result = await apply.mutateAsync({ planId, reviewId, fileName: file.name, content: stage.content })
      setStage({ kind: 'done', applied: result.applied })
    } catch (error) {
      setStage({ kind: 'refused', message: error instanceof ApiFailure ? error.message : String(error) })
    }
  }

  const count = stage.kind === 'preview' ? stage.preview.changes.length : 0
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && setOpen(false)} surfaceMotion={afterExit(onClose)}>
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{t('plan.import.title', { file: file.name })}</DialogTitle>
          <DialogContent className={styles.content}>
            {stage.kind === 'reading' && <Spinner label={t('plan.import.reading', { file: file.name })} />}
            {stage.kind === 'refused' && (
              <MessageBar intent="error" role="alert" layout="multiline">
                <MessageBarBody>{stage.message}</MessageBarBody>
              </MessageBar>
            )}
            {stage.kind === 'done' && (
              <MessageBar intent="success" role="status">
                <MessageBarBody>{t('plan.import.done', { count: stage.applied })}</MessageBarBody>
              </MessageBar>
            )}
            {stage.kind === 'preview' && <PreviewTable preview={stage.preview} />}
          </DialogContent>
          <DialogActions>
            <Button
              appearance={stage.kind === 'preview' && count > 0 ? 'secondary' : 'primary'}
              onClick={() => setOpen(false)}
            >
              {stage.kind === 'preview' && count > 0 ? t('app.cancel') : t('app.close')}
            </Button>
            {stage.kind === 'preview' && count > 0 && (
              <Button appearance="primary" onClick={() => void confirm()} disabled={apply.isPending}>
                {apply.isPending ? t('plan.import.importing') : t('plan.import.confirm', { count })}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}

function PreviewTable({ preview }: { preview: XlsxPreview }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const words = new Map<string, MeasureStatus>(measureStatuses.map((s) => [t(`plan.status.${s}`).toLowerCase(), s]))
  const fieldName = (c: XlsxChange) =>
    c.field === 'input'
      ? t('plan.import.fields.input', { body: c.fromBodyShortCode ?? '' })
      : t(`plan.import.fields.${c.field}`)
  // A status reads as its pill, so the colour change shows at a glance; other fields as text.
  const value = (c: XlsxChange, text: string) => {
    if (c.field !== 'status') return text || <span className={styles.muted}>{t('plan.import.empty')}</span>
    const status = words.get(text.trim().toLowerCase())
    return status || text === '' ? <StatusPill status={status ?? null} /> : text
  }
  return (
    <>
      <p style={{ margin: 0 }}>
        {t('plan.import.summary', {
          plan: preview.planTitle,
          review: preview.reviewTitle,
          rows: preview.rowsRead,
          count: preview.changes.length,
        })}
      </p>
      {preview.notes.length > 0 && (
        <ul className={styles.notes} aria-label={t('plan.import.notes')}>
          {preview.notes.map((note) => (
            <li key={note}>
              <Caption1>{note}</Caption1>
            </li>
          ))}
        </ul>
      )}
      {preview.changes.length > 0 && (
        <div className={styles.tableWrap}>
          <table className={styles.table} aria-label={t('plan.import.tableLabel')}>
            <thead>
              <tr>
                <th className={styles.th} style={{ width: 64 }}>
                  {t('plan.import.columns.number')}
                </th>
                <th className={styles.th}>{t('plan.import.columns.text')}</th>
                <th className={styles.th} style={{ width: 120 }}>
                  {t('plan.import.columns.field')}
                </th>
                <th className={styles.th} style={{ width: '22%' }}>
                  {t('plan.import.columns.before')}
                </th>
                <th className={styles.th} style={{ width: '22%' }}>
                  {t('plan.import.columns.after')}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((c, i) => (
                <tr key={`${c.nodeId}-${c.field}-${c.fromBodyShortCode ?? ''}-${i}`}>
                  <td className={`${styles.td} ${styles.nr}`}>{c.number}</td>
                  <td className={styles.td}>{c.title}</td>
                  <td className={styles.td}>{fieldName(c)}</td>
                  <td className={`${styles.td} ${styles.before}`}>{value(c, c.before)}</td>
                  <td className={styles.td}>{value(c, c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  )
}
