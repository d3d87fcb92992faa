import type { Channel } from '@ccp/core';

/**
 * A channel the company only sends on and nobody answers (`direction: outbound` and no `handled_by:`), such as
 * an outage SMS: it has no opening hours to keep and no agents to staff, so the rules that want hours and a volume
 * for staffing leave it alone. An outbound calling campaign has agents (`handled_by:`) and is still checked.
 */
export function isAutomatedOutbound(channel: Channel): boolean {
  return channel.direction === 'outbound' && channel.handledBy.length === 0;
}
