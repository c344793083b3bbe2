import { makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SeatRef, SeatRefInput } from '../../../shared/register'
import { EntityPicker } from '../kit/EntityPicker'
import { usePeopleOptions, useRoleOptions } from './options'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
})

interface Props {
  label: string
  value: SeatRefInput | null
  onChange: (value: SeatRef | null) => void
  validationMessage?: string
  required?: boolean
}

/**
 * A seat is a named person or a role that follows its holder ("Kommunedirektør, Arendal
 * kommune"). Roles with several seats (a board) cannot be a seat: they are left out here.
 */
export function SeatPicker({ label, value, onChange, validationMessage, required }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const people = usePeopleOptions()
  const roles = useRoleOptions(true)
  const [kind, setKind] = useState<'person' | 'role'>(value?.roleId ? 'role' : 'person')

  return (
    <div className={styles.root}>
      <RadioGroup
        layout="horizontal"
        aria-label={label}
        value={kind}
        onChange={(_, data) => {
          setKind(data.value === 'role' ? 'role' : 'person')
          onChange(null)
        }}
      >
        <Radio value="person" label={t('register.bodies.memberKindPerson')} />
        <Radio value="role" label={t('register.bodies.memberKindRole')} />
      </RadioGroup>
      <EntityPicker
        label={label}
        required={required}
        value={kind === 'person' ? (value?.personId ?? null) : (value?.roleId ?? null)}
        options={kind === 'person' ? people : roles}
        onChange={(id) =>
          onChange(id === null ? null : kind === 'person' ? { personId: id, roleId: null } : { personId: null, roleId: id })
        }
        validationMessage={validationMessage}
      />
    </div>
  )
}
