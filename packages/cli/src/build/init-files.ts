/** The files `ccp init` writes, as pure functions of the project's id, display name and language. */

/** An id for the `project` declaration from a folder name: ASCII letters, digits and `_`, starting with a letter. */
export function projectId(folder: string): string {
  const id = folder
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return /^[a-z]/.test(id) ? id : `cc_${id}`.replace(/_+$/, '');
}

/** A display name as a .ccp string literal. */
export function ccpString(text: string): string {
  return `"${text.replace(/[\r\n\t]+/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function configFile(name: string): string {
  const config = {
    name,
    rules: {},
    outputs: { dir: 'out', diagrams: true, spec: true, docs: true, json: true, staffing: true },
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export function starterCcp(id: string, name: string, language: 'en' | 'pl'): string {
  return `// ${name}: the design of the contact center, checked by \`ccp check\`.
// Each declaration has an id, an optional display name in quotes, and a block of fields.
// Run \`ccp build\` to write diagrams, the vendor spec (XLSX), the docs and model.json to out/.

project ${id} ${ccpString(name)} {
  sponsor: cx_director
  vision: "One entry point for every customer question, answered in one contact."
  output_language: ${language}
}

// People: who does the work, who they report to, what they may access.
role cx_director "CX director" { headcount: 1  backup: team_leader }
role team_leader "Team leader" { headcount: 2  span: 12  backup: cx_director }
role agent "Agent" {
  reports_to: team_leader
  headcount: 12
  access: crm read write, customer read, ticket read write
}

// Technology and the data it holds.
system crm "CRM" { kind: crm  hosting: saas }
data customer "Customer profile" { in: crm  personal: true  basis: contract }
data ticket "Ticket" { in: crm }

// Where customers reach you, and when they do.
channel phone "Hotline" { hours: "Mo-Fr 08:00-18:00"  volume: 400/day  aht: 5m  service_level: 80% in 20s }

touchpoint question_call "Customer calls with a question" {
  channel: phone  initiated_by: customer  starts: answer_question
}

// Processes: steps with a role each; what each step needs.
process answer_question "Answer a customer question" {
  owner: team_leader
  sla: respond 1d, resolve 3d
  step register "Register the question" { by: agent  uses: open_ticket  reads: customer  writes: ticket  next: answer }
  step answer "Answer and close the ticket" { by: agent  writes: ticket  end }
}

// Functions: what a vendor's system must do (Must) or may do (Nice).
function open_ticket "Register a ticket" {
  priority: must  system: crm  roles: agent  records: ticket
  description: "A ticket with channel, requester, status, assignee and history."
}
`;
}

/**
 * A GitHub Actions workflow that checks the design on every push and pull request. ccp is not on the npm registry,
 * and a name there could be anyone's: the workflow installs ccp `version` from its release tarball kept in the
 * repository's tools/ folder, after checking it against the sha512 kept beside it (docs/ci.md).
 */
export function workflowFile(version: string): string {
  const tarball = `ccp-cli-${version}.tgz`;
  return `name: ccp
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      # ccp is not on the npm registry (and a name there could be anyone's): it is installed from its release
      # tarball, committed to tools/ with its checksum. Both come with a ccp release, or from
      # \`node scripts/pack-cli.mjs --out tools\` in a checkout of ccp at the commit you choose.
      - name: Install ccp ${version}
        run: |
          (cd tools && sha512sum --check --strict ${tarball}.sha512)
          npm install -g --no-audit --no-fund ./tools/${tarball}
      # Fails the job on errors; findings show as annotations on the pull request.
      - run: ccp check --format github .
`;
}
