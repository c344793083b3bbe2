import {
  makeStyles,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
} from '@fluentui/react-components'
import { ArrowDownloadRegular, ArrowUploadRegular, DocumentTableRegular, ImageRegular } from '@fluentui/react-icons'
import { useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { PlanMatrix } from '../../../shared/action-plan'
import { request } from '../api/client'
import { useSaveFile } from '../kit/use-save-file'
import { ImportDialog } from './ImportDialog'

const useStyles = makeStyles({ file: { display: 'none' } })

/**
 * The matrix as an Excel sheet the regions fill in, and back in with a preview; the overview as
 * an image for slides. Export and import follow the review on screen.
 */
export function ExcelMenu({ matrix, onError }: { matrix: PlanMatrix; onError: (message: string | null) => void }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const file = useSaveFile()
  const fileRef = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [importing, setImporting] = useState<{ file: File; n: number } | null>(null)
  const input = { planId: matrix.plan.id, reviewId: matrix.reviewId }

  async function run(label: string, made: () => ReturnType<typeof request<'plans.exportXlsx'>>) {
    setBusy(label)
    onError(null)
    try {
      const making = made()
      await file.save(making)
      const result = await making
      if (!result.ok) onError(result.error.message)
    } finally {
      setBusy(null)
    }
  }
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0]
    // Cleared, so choosing the same file again (after fixing it in Excel) is a new choice.
    event.target.value = ''
    if (!chosen) return
    if (!chosen.name.toLowerCase().endsWith('.xlsx')) {
      onError(t('plan.import.notXlsx', { file: chosen.name }))
      return
    }
    onError(null)
    // A new dialog per file, even while the last one is still fading out.
    setImporting((last) => ({ file: chosen, n: (last?.n ?? 0) + 1 }))
  }

  return (
    <>
      <Menu positioning="below-end">
        <MenuTrigger disableButtonEnhancement>
          <MenuButton icon={busy ? <Spinner size="extra-tiny" /> : <DocumentTableRegular />} aria-busy={busy !== null}>
            {busy ?? t('plan.export.excel')}
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem
              icon={<ArrowDownloadRegular />}
              secondaryContent=".xlsx"
              onClick={() => void run(t('plan.export.making'), () => request('plans.exportXlsx', input))}
            >
              {t('plan.export.xlsx')}
            </MenuItem>
            <MenuItem
              icon={<ArrowUploadRegular />}
              disabled={matrix.reviewId === null}
              onClick={() => fileRef.current?.click()}
            >
              {t('plan.import.open')}
            </MenuItem>
            <MenuItem
              icon={<ImageRegular />}
              secondaryContent=".png"
              onClick={() => void run(t('plan.export.making'), () => request('plans.exportOverviewPng', input))}
            >
              {t('plan.export.png')}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <input
        ref={fileRef}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className={styles.file}
        aria-label={t('plan.import.chooseFile')}
        onChange={choose}
      />
      {importing && matrix.reviewId !== null && (
        <ImportDialog
          key={importing.n}
          file={importing.file}
          planId={matrix.plan.id}
          reviewId={matrix.reviewId}
          onClose={() => setImporting(null)}
        />
      )}
    </>
  )
}
