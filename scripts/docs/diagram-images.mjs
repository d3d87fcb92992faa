// Regenerates the PNG pictures of docs/diagrams.md from the examples with the CLI (issue 20, must-show 6):
//   pnpm build && node scripts/docs/diagram-images.mjs
// Needs a Chromium (CCP_BROWSER or /usr/bin/chromium).
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
const images = join(root, 'docs', 'images');
/** [example, extra options, picture made by ccp diagram, name under docs/images] */
const pictures = [
  ['sklep-internetowy', [], 'blueprint-rodzic.png', 'diagram-blueprint.png'],
  ['sklep-internetowy', [], 'journey-rodzic.png', 'diagram-journey-feelings.png'],
  ['acme-contact-center', [], 'overview.png', 'diagram-overview-elk.png'],
  ['acme-contact-center', ['--detail'], 'process-hotline.png', 'diagram-process-vendor-detail.png'],
];
const temp = mkdtempSync(join(tmpdir(), 'ccp-doc-images-'));
try {
  const runs = new Map();
  for (const [example, extra, file, target] of pictures) {
    const key = `${example} ${extra.join(' ')}`;
    if (!runs.has(key)) {
      const out = join(temp, String(runs.size));
      execFileSync(process.execPath, [join(root, 'packages', 'cli', 'bin', 'ccp.js'), 'diagram', join(root, 'examples', example), '--out', out, '--format', 'png', ...extra], { stdio: 'inherit' });
      runs.set(key, out);
    }
    copyFileSync(join(runs.get(key), file), join(images, target));
    console.log(`docs/images/${target}`);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}
