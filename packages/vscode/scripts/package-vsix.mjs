#!/usr/bin/env node
// Packages the extension as a .vsix, offline: bundles the client and the language server into out/
// (build-extension.mjs, as `vscode:prepublish` does for `vsce package`), then writes the VSIX zip (manifest,
// content types, extension/ files) with jszip. It ships the files .vscodeignore lets through, no node_modules.
// The workspace must be built first (`pnpm build`): the server is bundled from packages/*/dist.
// Usage: node scripts/package-vsix.mjs [--out path.vsix]
import { mkdirSync, readdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import JSZip from 'jszip';
import { buildExtension, root } from './build-extension.mjs';

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : join(root, `${manifest.name}-${manifest.version}.vsix`);

const { client, server, preview } = await buildExtension();

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const shipped = { ...manifest };
delete shipped.devDependencies;
delete shipped.scripts;
delete shipped.private;

const files = {
  'extension/package.json': JSON.stringify(shipped, null, 2) + '\n',
  'extension/out/extension.cjs': readFileSync(client),
  'extension/out/server.cjs': readFileSync(server),
  'extension/out/preview.cjs': readFileSync(preview),
  'extension/out/mermaid.min.js': readFileSync(join(root, 'out', 'mermaid.min.js')),
  'extension/out/bpmn-viewer.min.js': readFileSync(join(root, 'out', 'bpmn-viewer.min.js')),
  'extension/language-configuration.json': readFileSync(join(root, 'language-configuration.json')),
  'extension/syntaxes/ccp.tmLanguage.json': readFileSync(join(root, 'syntaxes', 'ccp.tmLanguage.json')),
  'extension/snippets/ccp.code-snippets': readFileSync(join(root, 'snippets', 'ccp.code-snippets')),
  'extension/readme.md': readFileSync(join(root, 'README.md')),
  'extension/LICENSE.txt': readFileSync(join(root, 'LICENSE')),
};

/** Folders of out/ shipped whole: what the preview server reads at run time (.vscodeignore: `!out/<folder>/**`). */
const shippedFolders = ['out/serve/assets', 'out/generators/templates'];
const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
for (const folder of shippedFolders) {
  for (const file of walk(join(root, folder)).sort()) files[`extension/${relative(root, file).split('\\').join('/')}`] = readFileSync(file);
}

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
      <Property Id="Microsoft.VisualStudio.Code.ExecutesCode" Value="true" />
      <Property Id="Microsoft.VisualStudio.Services.Links.Source" Value="${escape(manifest.repository.url)}" />
    </Properties>
    <License>extension/LICENSE.txt</License>
  </Metadata>
  <Installation>
    <InstallationTarget Id="Microsoft.VisualStudio.Code" />
  </Installation>
  <Dependencies />
  <Assets>
    <Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true" />
    <Asset Type="Microsoft.VisualStudio.Services.Content.Details" Path="extension/readme.md" Addressable="true" />
    <Asset Type="Microsoft.VisualStudio.Services.Content.License" Path="extension/LICENSE.txt" Addressable="true" />
  </Assets>
</PackageManifest>
`;

const contentTypes = `<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension=".json" ContentType="application/json" />
  <Default Extension=".cjs" ContentType="application/javascript" />
  <Default Extension=".js" ContentType="application/javascript" />
  <Default Extension=".css" ContentType="text/css" />
  <Default Extension=".hbs" ContentType="text/plain" />
  <Default Extension=".md" ContentType="text/markdown" />
  <Default Extension=".txt" ContentType="text/plain" />
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
