import { Button, Caption1, makeStyles, tokens, Tooltip } from '@fluentui/react-components'
import { LinkRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FoundReference } from '../../../../shared/cases'
import { useApiMutation } from '../../api/hooks'
import { ErrorBar } from '../../kit/ErrorBar'
import { RouteLink } from '../../kit/RouteLink'
import { useCaseList } from '../use-case-list'
import { SideEmpty, SidePanel, useSideStyles } from './SidePanel'

const useStyles = makeStyles({
  ref: { fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  missing: {
    color: tokens.colorNeutralForeground4,
    fontStyle: 'italic',
    textDecorationLine: 'underline',
    textDecorationStyle: 'dotted',
  },
})

/**
 * The case numbers the text refers to ("jfr. sak 09/2024"). Main finds them on every save; here
 * each one can be linked to the case it names, or is marked when no case has that number.
 */
export function ReferencesPanel({ caseId, references }: { caseId: number; references: FoundReference[] }) {
  const { t } = useTranslation()
  const side = useSideStyles()
  const styles = useStyles()
  const all = useCaseList({ search: '' })
  const link = useApiMutation('cases.link')
  const [error, setError] = useState<string | null>(null)
  const titleOf = (id: number) => all.data?.find((c) => c.id === id)?.title ?? ''

  return (
    <SidePanel title={t('cases.references.title')} count={references.length}>
      <ErrorBar message={error} />
      {references.length === 0 ? (
        <SideEmpty>{t('cases.references.empty')}</SideEmpty>
      ) : (
        <ul className={side.list}>
          {references.map((r) => (
            <li key={r.text} className={side.row}>
              <div className={side.main}>
                <span className={styles.ref}>{r.text}</span>
                {r.caseId !== null ? (
                  <RouteLink to={`/saker/${r.caseId}`} className={side.wrap}>
                    <Caption1>{titleOf(r.caseId)}</Caption1>
                  </RouteLink>
                ) : (
                  <Tooltip content={t('cases.references.missingHint')} relationship="description">
                    <Caption1 className={styles.missing} tabIndex={0}>
                      {t('cases.references.missing')}
                    </Caption1>
                  </Tooltip>
                )}
              </div>
              {r.caseId !== null && !r.linked && (
                <Button
                  size="small"
                  icon={<LinkRegular />}
                  aria-label={t('cases.references.linkLabel', { text: r.text })}
                  disabled={link.isPending}
                  onClick={() =>
                    r.caseId !== null &&
                    link.mutate(
                      { id: caseId, linkedCaseId: r.caseId },
                      { onError: (e) => setError(e.message), onSuccess: () => setError(null) },
                    )
                  }
                >
                  {t('cases.references.link')}
                </Button>
              )}
              {r.linked && (
                <Caption1 className={side.muted} style={{ paddingTop: 5 }}>
                  {t('cases.references.linked')}
                </Caption1>
              )}
            </li>
          ))}
        </ul>
      )}
    </SidePanel>
  )
}
