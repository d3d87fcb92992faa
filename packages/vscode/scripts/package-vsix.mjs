#!/usr/bin/env node
// Packages the extension as a .vsix, offline: bundles the client (with vscode-languageclient) into one CommonJS
// file with rolldown, then writes the VSIX zip (manifest, content types, extension/ files) with jszip.
// Usage: node scripts/package-vsix.mjs [--out path.vsix]
import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : join(root, `${manifest.name}-${manifest.version}.vsix`);

await build({
  input: join(root, 'src', 'extension.ts'),
  platform: 'node',
  external: ['vscode'],
  logLevel: 'warn',
  output: { file: join(root, 'out', 'extension.cjs'), format: 'cjs', minify: true },
});

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const shipped = { ...manifest };
delete shipped.devDependencies;
delete shipped.scripts;
delete shipped.private;

const files = {
  'extension/package.json': JSON.stringify(shipped, null, 2) + '\n',
  'extension/out/extension.cjs': readFileSync(join(root, 'out', 'extension.cjs')),
  'extension/language-configuration.json': readFileSync(join(root, 'language-configuration.json')),
  'extension/syntaxes/ccp.tmLanguage.json': readFileSync(join(root, 'syntaxes', 'ccp.tmLanguage.json')),
  'extension/snippets/ccp.code-snippets': readFileSync(join(root, 'snippets', 'ccp.code-snippets')),
  'extension/readme.md': readFileSync(join(root, 'README.md')),
};

const vsixManifest = `<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011" xmlns:d="http://schemas.microsoft.com/developer/vsx-schema-design/2011">
  <Metadata>
    <Identity Language="en-US" Id="${escape(manifest.name)}" Version="${escape(manifest.version)}" Publisher="${escape(manifest.publisher)}" />
    <DisplayName>${escape(manifest.displayName)}</DisplayName>
    <Description xml:space="preserve">${escape(manifest.description)}</Description>
    <Tags>ccp,contact center,${manifest.contributes.languages.map((l) => l.id).join(',')}</Tags>
    <Categories>${escape(manifest.categories.join(','))}</Categories>
    <GalleryFlags>Public</GalleryFlags>
    <Properties>
      <Property Id="Microsoft.VisualStudio.Code.Engine" Value="${escape(manifest.engines.vscode)}" />
      <Property Id="Microsoft.VisualStudio.Code.ExtensionDependencies" Value="" />
      <Property Id="Microsoft.VisualStudio.Code.ExtensionPack" Value="" />
      <Property Id="Microsoft.VisualStudio.Code.ExtensionKind" Value="workspace" />
      <Property Id="Microsoft.VisualStudio.Code.LocalizedLanguages" Value="" />
    </Properties>
  </Metadata>
  <Installation>
    <InstallationTarget Id="Microsoft.VisualStudio.Code" />
  </Installation>
  <Dependencies />
  <Assets>
    <Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true" />
    <Asset Type="Microsoft.VisualStudio.Services.Content.Details" Path="extension/readme.md" Addressable="true" />
  </Assets>
</PackageManifest>
`;

const contentTypes = `<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension=".json" ContentType="application/json" />
  <Default Extension=".cjs" ContentType="application/javascript" />
  <Default Extension=".md" ContentType="text/markdown" />
  <Default Extension=".code-snippets" ContentType="application/json" />
  <Default Extension=".vsixmanifest" ContentType="text/xml" />
</Types>
`;

const zip = new JSZip();
const date = new Date('2026-01-01T00:00:00Z'); // fixed, so the same sources give the same bytes
zip.file('[Content_Types].xml', contentTypes, { date, createFolders: false });
zip.file('extension.vsixmanifest', vsixManifest, { date, createFolders: false });
for (const [path, content] of Object.entries(files)) zip.file(path, content, { date, createFolders: false });
const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
mkdirSync(dirname(out), { recursive: true });
const temp = `${out}.${process.pid}.tmp`;
writeFileSync(temp, bytes);
renameSync(temp, out);
console.log(`${out}: ${Object.keys(files).length + 2} files, ${(bytes.length / 1024).toFixed(0)} KiB`);
