import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import { useApiQuery } from '../api/hooks'
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
  return status.data.initialised ? <Shell workspaceName={status.data.name} /> : <FirstStart />
}
