import { describe, expect, it } from 'vitest';
import { analyzeProject, memoryHost } from '@ccp/language';

const root = '/p';
const files = {
  '/p/main.ccp': 'import "org.ccp"\nimport "processes/zeta.ccp"\nimport "processes/alpha.ccp"\nproject p { sponsor: boss }\n',
  '/p/org.ccp': 'import "shared/base.ccp"\nrole boss {}\n',
  '/p/shared/base.ccp': 'role agent {}\n',
  '/p/processes/zeta.ccp': 'process zeta { step a { by: agent  end } }\n',
  '/p/processes/alpha.ccp': 'process alpha { step a { by: agent  end } }\n',
  '/p/old/draft.ccp': 'process draft { step a { by: agent  end } }\n',
};

describe('the order of the design', () => {
  it('lists files and elements entry first, imports depth first, then declaration order', () => {
    const a = analyzeProject(memoryHost(files), root, ['/p/main.ccp']);
    expect(a.model.files).toEqual(['main.ccp', 'org.ccp', 'shared/base.ccp', 'processes/zeta.ccp', 'processes/alpha.ccp']);
    expect(a.model.processes.map((p) => p.id)).toEqual(['zeta', 'alpha']);
    expect(a.model.roles.map((r) => r.id)).toEqual(['boss', 'agent']);
  });

  it('with an entry file, warns about each .ccp file of the project that no import reaches', () => {
    const a = analyzeProject(memoryHost(files), root, ['/p/main.ccp']);
    const unreached = a.diagnostics.filter((d) => d.code === 'CCP2018');
    expect(unreached.map((d) => [d.loc.file, d.severity])).toEqual([['old/draft.ccp', 'warning']]);
    expect(a.model.processes.map((p) => p.id)).not.toContain('draft');
  });

  it('with a folder, reads every file and starts from those nothing imports, by name', () => {
    const a = analyzeProject(memoryHost(files), root, [root]);
    expect(a.diagnostics.filter((d) => d.code === 'CCP2018')).toEqual([]);
    expect(a.model.files).toEqual(['main.ccp', 'org.ccp', 'shared/base.ccp', 'processes/zeta.ccp', 'processes/alpha.ccp', 'old/draft.ccp']);
  });

  it('keeps every file once in an import cycle', () => {
    const cyclic = { '/p/a.ccp': 'import "b.ccp"\nrole a {}\n', '/p/b.ccp': 'import "a.ccp"\nrole b {}\n' };
    const a = analyzeProject(memoryHost(cyclic), root, [root]);
    expect(a.model.files).toEqual(['a.ccp', 'b.ccp']);
  });
});
