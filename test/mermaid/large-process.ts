/**
 * A process with more than Mermaid's default 500 edges: `steps` steps in four lanes, each deciding between the
 * next two steps, so about 2 x steps edges.
 */
export function largeProcessSource(steps: number): string {
  const roles = ['agent', 'senior', 'lead', 'backoffice'];
  const lines = roles.map((r) => `role ${r} "${r}" { }`);
  lines.push('touchpoint call "Call" { starts: big }', 'process big "Big process" {');
  for (let i = 0; i < steps; i++) {
    const by = roles[i % roles.length];
    if (i === steps - 1) lines.push(`  step s${i} "Step ${i}" { by: ${by}  end }`);
    else if (i === steps - 2) lines.push(`  step s${i} "Step ${i}" { by: ${by}  next: s${i + 1} }`);
    else lines.push(`  step s${i} "Step ${i}" { by: ${by}  decide { "case ${i}" -> s${i + 1}  otherwise -> s${i + 2} } }`);
  }
  lines.push('}');
  return lines.join('\n');
}
