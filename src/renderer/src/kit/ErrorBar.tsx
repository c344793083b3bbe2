import { MessageBar, MessageBarBody } from '@fluentui/react-components'

/** A refusal from main, in its own words; nothing when there is none. */
export function ErrorBar({ message }: { message: string | null | undefined }) {
  if (!message) return null
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  )
}
