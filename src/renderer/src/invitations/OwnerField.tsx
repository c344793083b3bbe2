import { Field, Radio, RadioGroup } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { RuleOwner } from './RuleDialog'

interface Props {
  owner: RuleOwner
  /** The rule's body id: set for the body's standing rules, null for this meeting only. */
  bodyId: number | null
  onChange: (bodyId: number | null, meetingId: number | null) => void
}

/** Whose rule it is: every meeting of the body, or only this one. Shared by both rule dialogs. */
export function OwnerField({ owner, bodyId, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <Field label={t('invitations.rules.owner')}>
      <RadioGroup
        layout="horizontal"
        value={bodyId !== null ? 'body' : 'meeting'}
        onChange={(_, d) => (d.value === 'body' ? onChange(owner.bodyId, null) : onChange(null, owner.meetingId))}
      >
        <Radio value="body" label={t('invitations.rules.ownerBody', { body: owner.bodyShortCode })} />
        <Radio value="meeting" label={t('invitations.rules.ownerMeeting')} />
      </RadioGroup>
    </Field>
  )
}
