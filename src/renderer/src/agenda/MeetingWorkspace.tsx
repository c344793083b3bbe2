/** One meeting's agenda and minutes. */
export function MeetingWorkspace() {
  return null
}
