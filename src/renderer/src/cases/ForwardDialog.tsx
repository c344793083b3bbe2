import { Body1 } from '@fluentui/react-components'
import { useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { EntityPicker } from '../kit/EntityPicker'
import { FormDialog } from '../kit/FormDialog'
import { useForm } from '../kit/use-form'
import { useBodyOptions } from '../register/options'

/** Sends the matter on to another body (RS -> OSS -> PM): a new case there, opened once it is made. */
export function ForwardDialog({
  caseId,
  currentBodyId,
  onClose,
}: {
  caseId: number
  currentBodyId: number
  onClose: () => void
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const bodies = useBodyOptions()
  const others = useMemo(() => bodies.filter((b) => b.id !== currentBodyId), [bodies, currentBodyId])
  const created = useRef<number | null>(null)
  const form = useForm('cases.forward', { id: caseId, bodyId: null })
  return (
    <FormDialog
      title={t('cases.forward.title')}
      submitLabel={t('cases.forward.submit')}
      onClose={() => (created.current === null ? onClose() : navigate(`/saker/${created.current}`))}
      onSubmit={async () => {
        const made = await form.submit()
        if (made) created.current = made.id
        return made
      }}
      error={form.error}
      busy={form.busy}
    >
      <Body1>{t('cases.forward.body')}</Body1>
      <EntityPicker label={t('cases.forward.target')} required options={others} {...form.bind('bodyId')} />
    </FormDialog>
  )
}
