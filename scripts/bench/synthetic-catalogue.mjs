import { agentAccess, channels, stages, systems } from './synthetic-shape.mjs';
import { processRoles } from './synthetic-processes.mjs';

/** project.ccp: vision, sponsor, goals, shrinkage. */
export function projectFile() {
  return `// Synthetic benchmark project: see docs/performance.md
project bench "Benchmark Contact Center" {
  sponsor: cx_director
  vision: "One entry point for every customer question, answered in one contact."
  goals: "Answer 80% of calls in 20 s", "FTR above 75%"
  output_language: en
  version: "1.0"
  shrinkage: holidays 10%, sickness 5%, training 3%
  constraints: "GDPR"
}
`;
}

/** org/roles.ccp: a director, a manager, supervisors and agents, each with a backup and access grants. */
export function rolesFile(shape) {
  const out = [
    `role cx_director "Dyrektor CX" {
  headcount: 1
  backup: ops_manager
  access: reporting read
}
`,
    `role ops_manager "Kierownik operacji" {
  reports_to: cx_director
  headcount: 2
  backup: cx_director
  access: reporting read, wfm read write
}
`,
    `role vendor_manager "Vendor manager" {
  reports_to: ops_manager
  headcount: 2
  backup: ops_manager
}
`,
  ];
  for (let s = 0; s < shape.supervisors; s++) {
    out.push(`role ${shape.supervisor(s)} "Team leader ${s}" {
  reports_to: ops_manager
  span: 8
  headcount: 3
  backup: ops_manager
  access: crm read, ticketing read write, reporting read
}
`);
  }
  for (let a = 0; a < shape.agents; a++) {
    const g = agentAccess(a);
    const grants = [
      ...g.write.map((s) => `${systems[s].id} read write`),
      ...g.read.map((s) => `${systems[s].id} read`),
      `${shape.dataIn(g.direct.system, g.direct.k)} read`,
    ];
    out.push(`role ${shape.agent(a)} "Konsultant ${a}" {
  reports_to: ${shape.supervisor(a >> 3)}
  headcount: ${5 + (a % 30)}
  backup: ${shape.agent(a + 1)}
  competencies: "consumer law", "CRM"
  access: ${grants.join(', ')}
}
`);
  }
  return out.join('\n');
}

export function systemsFile() {
  return systems
    .map((s) => `system ${s.id} "${s.vendor}" {\n  kind: ${s.kind}\n  hosting: ${s.hosting}\n  vendor: "${s.vendor}"\n}\n`)
    .join('\n');
}

export function channelsFile() {
  return channels
    .map(
      (c) => `channel ${c.id} "${c.name}" {
  medium: ${c.medium}
  hours: "Mo-Fr 08:00-20:00; Sa 09:00-15:00"
  volume: ${c.perDay}/day
  peak: 1.4
  aht: ${c.aht}
  service_level: ${c.sl}
}
`,
    )
    .join('\n');
}

export function journeyFile() {
  const out = stages.map((s) => `stage ${s} "${s[0].toUpperCase()}${s.slice(1)}" { description: "Journey stage ${s}." }\n`);
  out.push(`persona young_pro "Young professional" {
  segment: "Young professionals, mobile first"
  channels: mobile_app, chat
  share: 30%
}
`);
  out.push(`persona senior "Senior customer" {
  segment: "Retired, prefers the phone"
  channels: phone
  share: 20%
}
`);
  return out.join('\n');
}

export function kpisFile() {
  return `kpi asa "Average speed of answer" {
  channel: phone
  target: <= 20s
  source: contact_center
  group: efficiency
}

kpi fcr "First contact resolution" {
  definition: "Cases closed in the first contact"
  target: >= 75%
  source: reporting
  group: satisfaction
}

kpi backlog "Open cases older than 14 days" {
  target: <= 5%
  source: ticketing
  group: business
}
`;
}

/** The k-th data entity of system s: personal data always has a legal basis. */
export function dataText(shape, s, k) {
  const personal = (s + k) % 2 === 0;
  return `data ${shape.dataIn(s, k)} "Record ${k} in ${systems[s].vendor}" {
  in: ${systems[s].id}
  table: "records_${k}"
  personal: ${personal}${personal ? '\n  basis: contract' : ''}
  retention: "5 years after the contract ends"
}
`;
}

/** The function (requirement) of process p: permitted to the two agents that work in that process. */
export function functionText(shape, p) {
  const [ra, rb] = processRoles(shape, p);
  const sys = systems[p % systems.length];
  const acceptance = p % 3 === 0 ? `\n  acceptance: "Works from a call in one click", "Audited"` : '';
  return `function ${shape.fn(p)} "Function ${p}" {
  priority: ${p % 4 === 0 ? 'nice' : 'must'}
  system: ${sys.id}
  roles: ${shape.agent(ra)}, ${shape.agent(rb)}
  records: ${shape.dataIn(agentAccess(ra).write[0], p)}
  description: "Ticket with channel, requester, status, assignee, history and attachments (${p})."${acceptance}
}
`;
}

/** The touchpoint that starts process p. */
export function touchpointText(shape, p) {
  const a = channels[p % channels.length].id;
  const b = channels[(p + 1) % channels.length].id;
  return `touchpoint ${shape.touchpoint(p)} "Customer contact ${p}" {
  channel: ${a}, ${b}
  initiated_by: ${p % 5 === 0 ? 'company' : 'customer'}
  stage: ${stages[p % stages.length]}
  reason: "Reason ${p}"
  volume: ${10 + (p % 50)}/day
  starts: ${shape.process(p)}
}
`;
}
