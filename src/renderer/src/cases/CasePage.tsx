import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components'
import { DocumentDismissRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { useApiQuery } from '../api/hooks'
import { EmptyState } from '../kit/EmptyState'
import { CaseEditor } from './CaseEditor'
import type { ImportedFrom } from './ImportDocxDialog'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%', backgroundColor: tokens.colorNeutralBackground1 },
})

/** One case's document: loads it once, then the editor holds the text and saves it as it is written. */
export function CasePage({ id }: { id: number }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const detail = useApiQuery('cases.get', { id })
  // The import's notes arrive with the navigation, and stay for this visit only.
  const state = useLocation().state as { imported?: ImportedFrom | null } | null
  const [imported] = useState(state?.imported ?? null)

  if (detail.data)
    return (
      <div className={styles.page}>
        <CaseEditor detail={detail.data} imported={imported} />
      </div>
    )
  if (detail.error)
    return (
      <div className={styles.page}>
        <EmptyState
          icon={<DocumentDismissRegular />}
          title={t('cases.page.notFound')}
          body={detail.error.message}
          action={<Button onClick={() => navigate('/saker')}>{t('cases.page.back')}</Button>}
        />
      </div>
    )
  return (
    <div className={styles.page}>
      <Spinner label={t('cases.page.loading')} style={{ margin: 48 }} />
    </div>
  )
}
