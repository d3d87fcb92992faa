import { agentAccess, categories, stepTemplates } from './synthetic-shape.mjs';

/** The two agents that work in process p; its function (fn_p) permits exactly these two. */
export function processRoles(shape, p) {
  return [p % shape.agents, (p + 1) % shape.agents];
}

/** What step i of process p reads and writes, within the grants of its agent. */
function stepData(shape, agent, p, i) {
  const access = agentAccess(agent);
  const reads = [shape.dataIn(access.read[(p + i) % 3], p + i), shape.dataIn(access.write[0], p)];
  if (i % 3 === 0) reads.push(shape.dataIn(access.direct.system, access.direct.k));
  const writes = [shape.dataIn(access.write[(p + i) % 2], p * 3 + i)];
  return { reads, writes };
}

/** A process of ten steps: intake, a decision with `otherwise`, two branches that meet again, and an end. */
export function processText(shape, p) {
  const [ra, rb] = processRoles(shape, p);
  const id = shape.process(p);
  const category = categories[p % categories.length];
  const outsourced = p % 7 === 3;
  // A function of another process with the same two roles, so functions are shared across processes.
  const other = p >= shape.agents ? p - shape.agents : p + shape.agents < shape.functions ? p + shape.agents : undefined;
  const lines = [
    `process ${id} "${category === 'complaints' ? 'Obsługa reklamacji' : 'Process'} ${p}" {`,
    `  owner: ${shape.supervisor(ra >> 3)}`,
    outsourced ? `  sourcing: outsourced to "CallPro"\n  internal_owner: vendor_manager` : `  sourcing: in_house`,
    `  sla: respond ${1 + (p % 3)}d, resolve ${7 + (p % 14)}d`,
    `  category: ${category}`,
    `  volume: ${20 + (p % 80)}/day`,
    '',
  ];
  stepTemplates.forEach((t, i) => {
    const agent = i < 5 ? ra : rb;
    const { reads, writes } = stepData(shape, agent, p, i);
    const uses = [shape.fn(p)];
    if (other !== undefined && i % 4 === 1) uses.push(shape.fn(other));
    lines.push(`  step ${t.id} "${t.name}" {`);
    if (i % 2 === 0 && i !== 2) lines.push(`    description: "${t.text}"`);
    lines.push(`    by: ${shape.agent(agent)}`, `    uses: ${uses.join(', ')}`, `    reads: ${reads.join(', ')}`);
    if (i !== 2) lines.push(`    writes: ${writes.join(', ')}`, `    time: ${2 + ((p + i) % 9)}m`);
    if (i === 7 && p % 5 === 0 && p > 0) lines.push(`    calls: ${shape.process(p - 1)}   // hand over to the previous process`);
    if (i === 2) {
      lines.push(
        '    value: 40 PLN',
        '    decide {',
        `      "claim value below handling cost" -> ${stepTemplates[3].id}`,
        `      otherwise -> ${stepTemplates[4].id}`,
        '    }',
      );
    } else if (i === 3 || i === 4) lines.push(`    next: ${stepTemplates[5].id}`);
    else if (i === stepTemplates.length - 1) lines.push('    end');
    else lines.push(`    next: ${stepTemplates[i + 1].id}`);
    lines.push('  }');
  });
  lines.push('}', '');
  return lines.join('\n');
}

/** A file of processes, importing the roles it names (imports are also followed when a single file is checked). */
export function processFile(shape, from, to) {
  const parts = [`// Processes ${from}..${to - 1} (synthetic benchmark project)`, 'import "../../org/roles.ccp"', ''];
  for (let p = from; p < to; p++) parts.push(processText(shape, p));
  return parts.join('\n');
}
