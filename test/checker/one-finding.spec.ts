import { describe, expect, it } from 'vitest';
import { analyzeSources } from '@ccp/language';
import { runRules } from '@ccp/checker';

/**
 * One finding per mistake (issue 19): a design without a single finding, then each planted mistake on its own.
 * Every rule runs over each; exactly one diagnostic, of the expected code, must come out: a rule does not report
 * on an element whose reference already failed to resolve, or whose field had a value of the wrong form.
 */
const base = `project p "P" { sponsor: boss  vision: "Fair claims" }
role boss "Boss" { headcount: 2 }
role agent "Agent" { headcount: 5  reports_to: boss  access: crm read write  rate: 40 PLN/h }
system crm "CRM" { kind: crm }
data claim "Claim" { system: crm  personal: true  basis: contract }
channel phone "Phone" { medium: voice  hours: "Mo-Fr 08:00-16:00"  volume: 100/day  aht: 5m  handled_by: agent }
touchpoint call "Call" { channel: phone  starts: claims  initiated_by: customer }
process claims "Claims" {
  owner: boss
  category: complaints
  step take { by: agent  uses: register  reads: claim  next: assess }
  step assess {
    by: agent
    writes: claim
    decide { "small" -> pay  otherwise -> pay }
  }
  step pay { by: agent  end }
}
function register "Register" { priority: must  roles: agent  system: crm }
kpi aht_kpi "AHT" { target: <= 6m  channel: phone }
`;

function findings(text: string) {
  const analysis = analyzeSources({ 'main.ccp': text });
  return [...analysis.diagnostics, ...runRules(analysis)];
}

/** [what is wrong, the text it replaces, the mistaken text, the one code expected] */
const mistakes: [string, string | RegExp, string, string][] = [
  ['a misspelled role of a step', 'by: agent  uses', 'by: agnet  uses', 'undefined-reference'],
  ['a role of a step written as text', 'step pay { by: agent', 'step pay { by: "agent"', 'CCP2003'],
  ['a backup written as text', 'headcount: 2', 'headcount: 1  backup: agent, "b"', 'CCP2003'],
  ['a misspelled backup', 'headcount: 2', 'headcount: 1  backup: agnet', 'undefined-reference'],
  ['an invalid KPI target', 'target: <= 6m', 'target: abc', 'CCP2003'],
  ['a data item sharing an id with a process', /\bclaim\b/g, 'claims', 'duplicate-id'],
  ['a process declared twice', 'function register', 'process claims "Again" { step x { by: agent  end } }\nfunction register', 'duplicate-id'],
  ['a step id given twice in a process', 'step pay { by: agent  end }', 'step pay { by: agent  end }\n  step pay { by: agent  end }', 'duplicate-id'],
  ['a misspelled next step', 'next: assess', 'next: asess', 'undefined-reference'],
  ['a misspelled branch target', 'otherwise -> pay', 'otherwise -> pya', 'undefined-reference'],
  ['a misspelled started process', 'starts: claims', 'starts: claimz', 'undefined-reference'],
  ['a misspelled used function', 'uses: register', 'uses: registr', 'undefined-reference'],
  ["a misspelled function's role", 'roles: agent', 'roles: agnet', 'undefined-reference'],
  ['an invalid priority', 'priority: must', 'priority: maybe', 'CCP2003'],
  ['an invalid legal basis', 'basis: contract', 'basis: contrct', 'CCP2003'],
  ['invalid opening hours', 'hours: "Mo-Fr 08:00-16:00"', 'hours: 8, 16', 'CCP2003'],
  ['an invalid volume', 'volume: 100/day', 'volume: lots', 'CCP2003'],
  ['a misspelled sponsor', 'sponsor: boss', 'sponsor: bos', 'undefined-reference'],
  ['two owners of a complaints process', 'owner: boss', 'owner: boss, agent', 'CCP2003'],
  ['a channel of a touchpoint written as text', 'channel: phone  starts', 'channel: "phone"  starts', 'CCP2003'],
  ['an invalid access mode', 'crm read write', 'crm read wrte', 'CCP2003'],
  ['an invalid next', 'next: assess', 'next: "assess"', 'CCP2003'],
  ['a grant against a deny', 'rate: 40 PLN/h }', 'rate: 40 PLN/h  deny: crm }', 'grant-contradicts-deny'],
  ['a misspelled deny', 'rate: 40 PLN/h }', 'rate: 40 PLN/h  deny: cmr }', 'undefined-reference'],
  ['shares that do not add up', '"small" -> pay  otherwise -> pay', '"small" 30% -> pay  otherwise 60% -> pay', 'shares-do-not-add-up'],
  ['an undeclared quantity', '"small" -> pay', 'amount < 250 GBP -> pay', 'CCP2005'],
  ['a satisfaction out of range', 'initiated_by: customer }', 'initiated_by: customer  satisfaction: 9 }', 'satisfaction-out-of-range'],
  ['a satisfaction written as a word', 'initiated_by: customer }', 'initiated_by: customer  satisfaction: high }', 'CCP2003'],
  ['an invalid step visibility', 'step pay { by: agent  end }', 'step pay { by: agent  visibility: sideways  end }', 'CCP2003'],
  ['a KPI target without a direction', 'kpi aht_kpi "AHT" { target: <= 6m', 'kpi nps "NPS" { target: 40', 'CCP2003'],
  // a misspelled declaration keyword: the design then has no project, and references to its id name nothing
  ['the project keyword in Polish', 'project p "P"', 'projekt p "P"', 'CCP2001'],
  ['a misspelled system keyword, the system referred to', 'system crm "CRM"', 'sytem crm "CRM"', 'CCP2001'],
];

describe('one finding per mistake', () => {
  it('the design without mistakes has no finding at all', () => {
    expect(findings(base).map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });

  it.each(mistakes)('%s gives exactly one finding', (_what, from, to, code) => {
    const text = base.replace(from, to);
    expect(text).not.toBe(base);
    expect(findings(text).map((d) => d.code)).toEqual([code]);
  });
});
