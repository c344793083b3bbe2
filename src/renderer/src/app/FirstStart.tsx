import {
  Body1,
  Button,
  Card,
  CardHeader,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle1,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components'
import { ArrowUploadRegular, DocumentAddRegular, SparkleRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiFailure, useApiMutation } from '../api/hooks'
import { ImportButton } from '../settings/ImportButton'

const useStyles = makeStyles({
  root: {
    height: '100%',
    overflow: 'auto',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  inner: {
    maxWidth: '960px',
    padding: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  lead: { color: tokens.colorNeutralForeground2, maxWidth: '640px' },
  cards: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: tokens.spacingHorizontalL },
  card: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  body: { flex: 1, color: tokens.colorNeutralForeground2 },
  icon: { fontSize: '28px', color: tokens.colorBrandForeground1 },
})

/** The first screen of a new installation: the demo, an empty workspace, or a file from another machine. */
export function FirstStart() {
  const { t } = useTranslation()
  const styles = useStyles()
  const create = useApiMutation('workspace.create')
  const [name, setName] = useState('')
  const error = create.error instanceof ApiFailure ? create.error.error : null

  return (
    <div className={styles.root}>
      <div className={styles.inner}>
        <Title2 as="h1">{t('firstStart.title')}</Title2>
        <Body1 className={styles.lead}>{t('firstStart.lead')}</Body1>
        {error && !error.field && (
          <MessageBar intent="error">
            <MessageBarBody>{error.message}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.cards}>
          <Card className={styles.card}>
            <CardHeader
              image={<SparkleRegular className={styles.icon} />}
              header={<Subtitle1 as="h2">{t('firstStart.demoTitle')}</Subtitle1>}
            />
            <Text className={styles.body}>{t('firstStart.demoBody')}</Text>
            <Button
              appearance="primary"
              disabled={create.isPending}
              onClick={() => create.mutate({ template: 'demo' })}
            >
              {t('firstStart.demoAction')}
            </Button>
          </Card>
          <Card className={styles.card}>
            <CardHeader
              image={<DocumentAddRegular className={styles.icon} />}
              header={<Subtitle1 as="h2">{t('firstStart.emptyTitle')}</Subtitle1>}
            />
            <Text className={styles.body}>{t('firstStart.emptyBody')}</Text>
            <form
              onSubmit={(event) => {
                event.preventDefault()
                create.mutate({ template: 'empty', name })
              }}
              style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            >
              <Field
                label={t('firstStart.nameLabel')}
                required
                validationMessage={error?.field === 'name' ? error.message : undefined}
              >
                <Input
                  value={name}
                  placeholder={t('firstStart.namePlaceholder')}
                  onChange={(_, d) => setName(d.value)}
                />
              </Field>
              <Button type="submit" disabled={create.isPending}>
                {t('firstStart.emptyAction')}
              </Button>
            </form>
          </Card>
          <Card className={styles.card}>
            <CardHeader
              image={<ArrowUploadRegular className={styles.icon} />}
              header={<Subtitle1 as="h2">{t('firstStart.importTitle')}</Subtitle1>}
            />
            <Text className={styles.body}>{t('firstStart.importBody')}</Text>
            <ImportButton label={t('firstStart.importAction')} />
          </Card>
        </div>
      </div>
    </div>
  )
}
