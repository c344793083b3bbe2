/** Open follow-up actions across meetings and bodies. */
export function FollowUpList() {
  return null
}
