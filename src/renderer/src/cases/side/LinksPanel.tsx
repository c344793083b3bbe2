import { Button, Caption1, Tooltip } from '@fluentui/react-components'
import { LinkDismissRegular } from '@fluentui/react-icons'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LinkedCase } from '../../../../shared/cases'
import { useApiMutation } from '../../api/hooks'
import { EntityPicker } from '../../kit/EntityPicker'
import { ErrorBar } from '../../kit/ErrorBar'
import { RouteLink } from '../../kit/RouteLink'
import { useCaseList } from '../use-case-list'
import { SideEmpty, SidePanel, useSideStyles } from './SidePanel'

/** Cases linked to this one (the link shows on both), with a picker to link another. */
export function LinksPanel({ caseId, links }: { caseId: number; links: LinkedCase[] }) {
  const { t } = useTranslation()
  const side = useSideStyles()
  const all = useCaseList({ search: '' })
  const link = useApiMutation('cases.link')
  const unlink = useApiMutation('cases.unlink')
  const [error, setError] = useState<string | null>(null)
  // Remounted after each choice, so the picker is empty again for the next.
  const [pickerKey, setPickerKey] = useState(0)

  const options = useMemo(() => {
    const linked = new Set(links.map((l) => l.id))
    return (all.data ?? [])
      .filter((c) => c.id !== caseId && !linked.has(c.id))
      .map((c) => ({
        id: c.id,
        label: c.title,
        detail: [c.bodyShortCode, c.handling?.numberLabel].filter(Boolean).join(' · '),
      }))
  }, [all.data, links, caseId])

  const onError = (e: Error) => setError(e.message)
  return (
    <SidePanel title={t('cases.links.title')} count={links.length}>
      <ErrorBar message={error} />
      {links.length === 0 ? (
        <SideEmpty>{t('cases.links.empty')}</SideEmpty>
      ) : (
        <ul className={side.list}>
          {links.map((l) => (
            <li key={l.id} className={side.row}>
              <div className={side.main}>
                <RouteLink to={`/saker/${l.id}`} className={side.wrap}>
                  {l.title}
                </RouteLink>
                <Caption1 className={side.muted}>
                  {l.bodyShortCode} · {l.numberLabel ?? t('cases.links.noNumber')}
                </Caption1>
              </div>
              <Tooltip content={t('cases.links.unlinkLabel', { title: l.title })} relationship="label">
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<LinkDismissRegular />}
                  disabled={unlink.isPending}
                  onClick={() =>
                    unlink.mutate({ id: caseId, linkedCaseId: l.id }, { onError, onSuccess: () => setError(null) })
                  }
                />
              </Tooltip>
            </li>
          ))}
        </ul>
      )}
      <div style={{ marginTop: 8 }}>
        <EntityPicker
          key={pickerKey}
          compact
          label={t('cases.links.add')}
          placeholder={`${t('cases.links.add')} …`}
          options={options}
          value={null}
          onChange={(id) => {
            if (id === null) return
            setPickerKey((k) => k + 1)
            link.mutate({ id: caseId, linkedCaseId: id }, { onError, onSuccess: () => setError(null) })
          }}
        />
      </div>
    </SidePanel>
  )
}
