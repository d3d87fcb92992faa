/**
 * The declaration snippets, offered by the server's completion only where a declaration can start (at the start of
 * a line at the top level, `step` in a process, `decide` in a step), never in a field's value. A static VS Code
 * snippet file cannot tell those places apart, so packages/vscode/snippets holds none.
 */
export const declarationSnippets: Record<string, string[]> = {
  project: ['project ${1:id} "${2:Name}" {', '\tsponsor: ${3:role}', '\tvision: "${4:What the contact center is for.}"', '}'],
  role: ['role ${1:id} "${2:Name}" {', '\treports_to: ${3:supervisor}', '\theadcount: ${4:1}', '\taccess: ${5:system} read write', '}'],
  system: ['system ${1:id} "${2:Name}" {', '\tkind: ${3:crm}', '\thosting: ${4|saas,cloud,private_cloud,on_prem|}', '}'],
  data: ['data ${1:id} "${2:Name}" {', '\tin: ${3:system}', '\tpersonal: ${4|true,false|}', '}'],
  channel: ['channel ${1:id} "${2:Name}" {', '\thours: "${3:Mo-Fr 08:00-20:00}"', '\tvolume: ${4:1000}/day', '\taht: ${5:6m}', '}'],
  touchpoint: ['touchpoint ${1:id} "${2:Name}" {', '\tchannel: ${3:phone}', '\tstarts: ${4:process}', '}'],
  process: ['process ${1:id} "${2:Name}" {', '\towner: ${3:role}', '\tstep ${4:first} "${5:First step}" {', '\t\tby: ${6:role}', '\t\tend', '\t}', '}'],
  step: ['step ${1:id} "${2:Name}" {', '\tby: ${3:role}', '\tnext: ${4:next_step}', '}'],
  decide: ['decide {', '\t"${1:condition}" -> ${2:step}', '\totherwise -> ${3:step}', '}'],
  function: ['function ${1:id} "${2:Name}" {', '\tpriority: ${3|must,nice|}', '\tsystem: ${4:crm}', '\tdescription: "${5:What the system must do.}"', '}'],
  kpi: ['kpi ${1:id} "${2:Name}" {', '\tchannel: ${3:phone}', '\ttarget: ${4:<= 20s}', '}'],
};

/** The snippet of a declaration keyword: the one above, or a generic `keyword id "Name" { }`. */
export function snippetOf(keyword: string): string {
  return (declarationSnippets[keyword] ?? [`${keyword} \${1:id} "\${2:Name}" {`, '\t$0', '}']).join('\n');
}
