import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { runRules } from '../run-rules.js';
import { testRule } from '../../../../test/support/rule-tester.js';
import { touchpointWithoutChannel } from './touchpoint-without-channel.js';

testRule(touchpointWithoutChannel, {
  valid: ['channel phone {}\ntouchpoint t { channel: phone }'],
  invalid: ['touchpoint «t» { initiated_by: company }', 'channel telefon {}\ntouchpoint «t» { initiated_by: company }'],
});

describe('its fix names the channels the design declares', () => {
  it('the first two, else says to declare one', () => {
    const message = (text: string) => runRules(analyzeSources({ 'main.ccp': text }), {}).find((d) => d.code === 'touchpoint-without-channel')!.message;
    expect(message('channel telefon {}\nchannel czat {}\nchannel mail {}\ntouchpoint t {}')).toBe("Touchpoint 't' has no channel; add 'channel: telefon, czat' (the channels it happens on).");
    expect(message('touchpoint t {}')).toBe("Touchpoint 't' has no channel; declare its channel ('channel phone { ... }') and add 'channel: phone'.");
  });
});
