import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../api/hooks'
import { RecoveryScreen } from '../backups/RecoveryScreen'
import { FirstStart } from './FirstStart'
import { Shell } from './Shell'

/** Until a workspace exists the user chooses how to begin; after that the app opens on it. */
export function App() {
  const { t } = useTranslation()
  const status = useApiQuery('workspace.status', {})
  if (status.error) {
    return (
      <MessageBar intent="error" style={{ margin: 24 }}>
        <MessageBarBody>{t('app.unexpected', { message: status.error.message })}</MessageBarBody>
      </MessageBar>
    )
  }
  if (!status.data) return <Spinner label={t('app.loading')} style={{ marginTop: 120 }} />
  // A damaged database file is not opened: the app offers a backup instead (see backup/recovery.ts).
  if (status.data.damaged) return <RecoveryScreen damage={status.data.damaged} />
  return status.data.initialised ? <Shell workspaceName={status.data.name} /> : <FirstStart />
}
