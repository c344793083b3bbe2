import { Body1 } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AgendaItem } from '../../../shared/cases'
import { useApiMutation } from '../api/hooks'
import { ConfirmDialog } from '../kit/ConfirmDialog'

interface Props {
  action: 'withdraw' | 'remove'
  item: AgendaItem
  onClose: () => void
}

/** Withdrawing a case or removing an item, after saying what happens to its number. */
export function ItemConfirmDialog({ action, item, onClose }: Props) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(true)
  const withdraw = useApiMutation('cases.withdraw')
  const remove = useApiMutation('agenda.removeItem')
  const mutation = action === 'withdraw' ? withdraw : remove
  const close = () => setOpen(false)

  const body =
    action === 'withdraw'
      ? item.numberFixed && item.numberLabel
        ? t('agenda.withdraw.bodyFixed', { title: item.title, number: item.numberLabel })
        : t('agenda.withdraw.bodyDraft', { title: item.title })
      : item.caseId !== null
        ? t('agenda.remove.bodyCase', { title: item.title })
        : t('agenda.remove.bodyItem', { title: item.title })

  return (
    <ConfirmDialog
      open={open}
      title={action === 'withdraw' ? t('agenda.withdraw.title') : t('agenda.remove.title')}
      confirmLabel={action === 'withdraw' ? t('agenda.withdraw.confirm') : t('agenda.remove.confirm')}
      busy={mutation.isPending}
      error={mutation.error?.message ?? null}
      onClose={close}
      onClosed={onClose}
      onConfirm={() => {
        if (action === 'withdraw' && item.caseId !== null) withdraw.mutate({ id: item.caseId }, { onSuccess: close })
        if (action === 'remove') remove.mutate({ id: item.id }, { onSuccess: close })
      }}
    >
      <Body1>{body}</Body1>
    </ConfirmDialog>
  )
}
