import { Anchors, dataUse, formatOpeningHours, indexModel, label, maxOf, readOpeningHours, registerAnchors, type Model, type OutputLanguage, type Ref, type Step } from '@ccp/core';
import { generateDiagrams, safeStem, uniqueNames } from '../mermaid/index.js';
import { generateBlueprints } from '../blueprint/index.js';
import { decimal, formatAmounts, type StaffingReport } from '@ccp/staffing';
import { formatStaffingMarkdown } from '../staffing/format-markdown.js';
import { intervalText } from '../staffing/interval-text.js';
import { ElementLocator } from './finding-targets.js';
import type { DocDiagram, DocFinding } from './docs-types.js';
import { formatPercent, formatSeconds, formatVolume, humanize } from './format.js';
import { docWords } from './words.js';

/** A reference shown as a link: `anchor` and `file` are absent when the target is not declared. */
export interface Link {
  id: string;
  text: string;
  anchor?: string;
  /** The Markdown file that holds the target (`index.md` or `process-<id>.md`). */
  file?: string;
}

export interface DiagramView {
  title: string;
  mermaid: string;
  /** The SVG markup, only when it was rendered and passed the safety check. */
  svg?: string;
  /** A Markdown code fence longer than any backtick run in the text. */
  fence: string;
}

/**
 * Everything the templates see (see docs/templates.md). Values are plain strings and arrays in document order;
 * links are resolved here, so templates only arrange and escape. Kept stable: users' templates depend on the names.
 */
export type DocsView = ReturnType<typeof buildDocsView>;

const INDEX = 'index.md';

/** Rejects SVG that could run code or load anything (defense in depth; Mermaid's strict mode already sanitizes). */
/**
 * A channel's hours as ccp reads them (the reader staffing uses), in the output language: `Pn-Pt 08:00-20:00; Sb
 * 09:00-13:00; Nd nieczynne`. Text it cannot read is shown as written (`ccp check` reports it).
 */
function hoursText(hours: string | undefined, language: OutputLanguage | undefined): string | undefined {
  if (hours === undefined) return undefined;
  const reading = readOpeningHours(hours);
  return reading.ok ? formatOpeningHours(reading.week, language ?? 'en') : hours;
}

export function isSafeSvg(svg: string): boolean {
  return (
    /^\s*<svg[\s>]/i.test(svg) &&
    !/<\s*(script|iframe|object|embed|image|img|link|meta|base|animate\w*|set|form|input|button|textarea)\b/i.test(svg) &&
    !/\son[a-z]+\s*=/i.test(svg) &&
    !/javascript:|@import/i.test(svg) &&
    !/url\(\s*['"]?(?!#)/i.test(svg) &&
    !/href\s*=\s*["'](?!#)/i.test(svg)
  );
}

/** An SVG file's markup for inlining in HTML, which needs no XML namespace declaration (and links nowhere). */
function inlineSvg(svg: string): string {
  return svg.replace(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '<svg');
}

function diagramView(d: DocDiagram): DiagramView {
  // most diagrams have no backtick at all: no need to scan them for runs (a large design has thousands)
  const longest = d.text.includes('`') ? maxOf((d.text.match(/`+/g) ?? []).map((run) => run.length), 0) : 0;
  return {
    title: d.title,
    mermaid: d.text,
    ...(d.svg !== undefined && isSafeSvg(d.svg) ? { svg: d.svg } : {}),
    fence: '`'.repeat(Math.max(3, longest + 1)),
  };
}

/** What the caller leaves out of the view because it draws that part itself (`ccp serve` draws blueprints apart). */
export interface DocsViewOptions {
  /** false: `blueprints` is empty (drawing them takes most of the view's time on a large design). */
  blueprints?: boolean;
}

/** Builds the view: registers an anchor per element (in section order), then resolves every reference. */
export function buildDocsView(model: Model, findings: DocFinding[], diagrams: DocDiagram[] | undefined, staffing?: StaffingReport, designErrors?: number, options: DocsViewOptions = {}) {
  const index = indexModel(model);
  const words = docWords(model.project?.outputLanguage);
  const anchors = new Anchors();
  const processFiles = new Map<string, string>();
  const processIds = [...index.processes.keys()];
  const stems = uniqueNames(processIds.map((id) => `process-${safeStem(id)}`));
  processIds.forEach((id, i) => processFiles.set(id, `${stems[i]}.md`));
  // steps' anchors by process, then step: looked up for every link to a step (tens of thousands in a large design)
  const stepAnchors = new Map<string, Map<string, string>>();
  for (const { kind, element, anchor } of registerAnchors(index, anchors)) {
    if (kind !== 'step') continue;
    const processId = (element as Step).process;
    let ofProcess = stepAnchors.get(processId);
    if (!ofProcess) stepAnchors.set(processId, (ofProcess = new Map()));
    ofProcess.set(element.id, anchor);
  }

  const link = (kind: string, ref: Ref | undefined, text?: string): Link | undefined => {
    if (!ref) return undefined;
    const anchor = anchors.get(kind, ref.id);
    // literals rather than spreads: a spread object literal is many times slower on Node 20, and there is a link
    // for nearly every reference of the model
    const linkText = text ?? ref.id;
    return anchor ? { id: ref.id, text: linkText, anchor, file: INDEX } : { id: ref.id, text: linkText };
  };
  const named = <T extends { id: string; name?: string }>(kind: string, map: Map<string, T>) => (ref: Ref | undefined) =>
    link(kind, ref, ref && map.has(ref.id) ? label(map.get(ref.id)!) : undefined);
  const toRole = named('role', index.roles);
  const toSystem = named('system', index.systems);
  const toFunction = named('function', index.functions);
  const toData = named('data', index.data);
  const toChannel = named('channel', index.channels);
  const toTouchpoint = named('touchpoint', index.touchpoints);
  const toProcess = (ref: Ref | undefined): Link | undefined => {
    const l = named('process', index.processes)(ref);
    return l?.anchor ? { id: l.id, text: l.text, anchor: l.anchor, file: processFiles.get(l.id) } : l;
  };
  const toStep = (processId: string, stepId: string): Link => {
    const step = index.steps(processId).get(stepId);
    const anchor = stepAnchors.get(processId)?.get(stepId);
    const text = step ? label(step) : stepId;
    return anchor ? { id: stepId, text, anchor, file: processFiles.get(processId) } : { id: stepId, text };
  };
  // a step named with its process, made once per step: roles, data and functions list the same steps again
  const stepsWithProcess = new Map<string, Map<string, Link>>();
  const stepIn = (processId: string, withProcess: boolean) => (step: { id: string }): Link => {
    if (!withProcess) return toStep(processId, step.id);
    let known = stepsWithProcess.get(processId);
    if (!known) stepsWithProcess.set(processId, (known = new Map()));
    let link = known.get(step.id);
    if (!link) {
      const l = toStep(processId, step.id);
      const p = index.processes.get(processId);
      link = p ? { ...l, text: `${label(p)}: ${l.text}` } : l;
      known.set(step.id, link);
    }
    return link;
  };
  /** An enum value in the output language (`in_house` -> `in house` / `we własnym zakresie`). */
  const say = (value: string | undefined): string | undefined => (value === undefined ? undefined : (Object.hasOwn(words.values, value) ? words.values[value] : humanize(value)));
  const defined = <T>(list: (T | undefined)[]): T[] => list.filter((x): x is T => x !== undefined);

  let locator: ElementLocator | undefined;
  const all = diagrams ?? generateDiagrams(model);
  // a process split into parts shows its first part here (ccp diagram writes every part)
  const byProcess = new Map(all.filter((d) => d.kind === 'process' && d.elementId && (d.part?.index ?? 1) === 1).map((d) => [d.elementId!, d]));
  const overview = all.find((d) => d.kind === 'overview');
  const p = model.project;
  return {
    lang: p?.outputLanguage ?? 'en',
    words,
    title: p ? label(p) : 'Contact center',
    ...(designErrors ? { designErrors: { count: designErrors, text: words.designErrors.replace('{n}', String(designErrors)) } } : {}),
    ...(p
      ? {
          project: {
            id: p.id,
            title: label(p),
            description: p.description,
            vision: p.vision,
            sponsor: toRole(p.sponsor),
            goals: p.goals,
            constraints: p.constraints,
            version: p.version,
          },
        }
      : {}),
    files: model.files,
    ...(overview ? { overview: diagramView(overview) } : {}),
    journeys: all.filter((d) => d.kind === 'journey').map(diagramView),
    /** Service blueprints per persona: `title`, `svg` (drawn by ccp, no browser needed) and `file` (the SVG beside index.md). */
    blueprints: (options.blueprints === false ? [] : generateBlueprints(model)).map((b) => ({ title: b.title, svg: inlineSvg(b.svg), file: `${b.name}.svg`, fileSvg: b.svg })),
    processes: processViews(),
    roles: roleViews(),
    systems: systemViews(),
    touchpoints: touchpointViews(),
    functions: functionViews(),
    channels: channelViews(),
    data: dataViews(),
    kpis: kpiViews(),
    ...(staffing ? { staffing: staffingView(staffing) } : {}),
    findings: {
      items: findings.map((f) => ({ ...f, severityText: say(f.severity), location: `${f.file}:${f.line}:${f.column}`, target: findingTarget(f) })),
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      summary: words.findingsCount(
        findings.filter((f) => f.severity === 'error').length,
        findings.filter((f) => f.severity === 'warning').length,
      ),
    },
  };

  /** The section a finding is about: the innermost element declared around its position, when known. */
  function findingTarget(f: DocFinding): Link | undefined {
    if (f.offset === undefined) return undefined;
    locator ??= new ElementLocator(model);
    const d = locator.at(f.file, f.offset);
    if (!d) return undefined;
    if (d.kind === 'step') {
      const [processId, stepId] = d.key.split('\u0000') as [string, string];
      return stepIn(processId, true)({ id: stepId });
    }
    const ref = { id: d.key, loc: d.loc };
    const to: Record<string, (r: Ref) => Link | undefined> = {
      process: toProcess,
      role: toRole,
      system: toSystem,
      touchpoint: toTouchpoint,
      function: toFunction,
      channel: toChannel,
      data: toData,
      kpi: named('kpi', index.kpis),
    };
    return to[d.kind]?.(ref);
  }

  function processViews() {
    return [...index.processes.values()].map((proc) => {
      const diagram = byProcess.get(proc.id);
      const sla = [
        proc.sla.reactionSeconds !== undefined ? `${formatSeconds(proc.sla.reactionSeconds)} (${say('reaction')})` : undefined,
        proc.sla.reactionBusinessDays !== undefined ? `${proc.sla.reactionBusinessDays} ${words.businessDays} (${say('reaction')})` : undefined,
        proc.sla.resolutionSeconds !== undefined ? `${formatSeconds(proc.sla.resolutionSeconds)} (${say('resolution')})` : undefined,
        proc.sla.resolutionBusinessDays !== undefined ? `${proc.sla.resolutionBusinessDays} ${words.businessDays} (${say('resolution')})` : undefined,
      ].filter(Boolean);
      return {
        id: proc.id,
        title: label(proc),
        anchor: anchors.get('process', proc.id)!,
        file: processFiles.get(proc.id)!,
        description: proc.description,
        owner: toRole(proc.owner),
        internalOwner: toRole(proc.internalOwner),
        sourcing: say(proc.sourcing),
        vendor: proc.vendor,
        sla: sla.length ? sla.join(', ') : undefined,
        variant: say(proc.variant),
        category: say(proc.category),
        volume: formatVolume(proc.volume, words),
        replaces: toProcess(proc.replaces),
        startedBy: index.touchpointsStarting(proc.id).map((t) => toTouchpoint({ id: t.id, loc: t.idLoc })!),
        calledBy: index.stepsCalling(proc.id).map((s) => stepIn(s.process, true)(s)),
        ...(diagram ? { diagram: diagramView(diagram) } : {}),
        steps: [...index.steps(proc.id).values()].map((s) => ({
          id: s.id,
          title: label(s),
          anchor: stepAnchors.get(proc.id)!.get(s.id)!,
          description: s.description,
          role: toRole(s.role),
          uses: defined(s.uses.map(toFunction)),
          reads: defined(s.reads.map(toData)),
          writes: defined(s.writes.map(toData)),
          next: s.next.map((n) => toStep(proc.id, n.id)),
          decision: s.decision?.branches.map((b) => ({ condition: b.condition, otherwise: b.otherwise, target: toStep(proc.id, b.target.id) })),
          end: s.end,
          calls: toProcess(s.calls),
          handling: formatSeconds(s.handlingSeconds),
        })),
      };
    });
  }

  function roleViews() {
    return [...index.roles.values()].map((r) => ({
      id: r.id,
      title: label(r),
      anchor: anchors.get('role', r.id)!,
      description: r.description,
      reportsTo: toRole(r.reportsTo),
      headcount: r.headcount,
      span: r.span,
      backup: toRole(r.backup),
      backups: defined((r.backups ?? (r.backup ? [r.backup] : [])).map(toRole)),
      external: r.external,
      competencies: r.competencies,
      access: r.access.map((a) => ({
        target: index.data.has(a.target.id) ? toData(a.target)! : toSystem(a.target)!,
        mode: [a.read ? say('read') : '', a.write ? say('write') : ''].filter(Boolean).join(', '),
      })),
      deny: (r.deny ?? []).map((d) => (index.data.has(d.id) ? toData(d)! : toSystem(d)!)),
      steps: index.stepsByRole(r.id).map((s) => stepIn(s.process, true)(s)),
      owns: model.processes.filter((p) => p.owner?.id === r.id || p.internalOwner?.id === r.id).map((p) => toProcess({ id: p.id, loc: p.idLoc })!),
    }));
  }

  function systemViews() {
    return [...index.systems.values()].map((s) => ({
      id: s.id,
      title: label(s),
      anchor: anchors.get('system', s.id)!,
      description: s.description,
      kind: say(s.systemKind),
      hosting: say(s.hosting),
      status: say(s.status),
      vendor: s.vendor,
      data: model.data.filter((d) => d.system?.id === s.id).map((d) => toData({ id: d.id, loc: d.idLoc })!),
      functions: model.functions.filter((f) => f.system?.id === s.id).map((f) => toFunction({ id: f.id, loc: f.idLoc })!),
    }));
  }

  function touchpointViews() {
    return [...index.touchpoints.values()].map((t) => ({
      id: t.id,
      title: label(t),
      anchor: anchors.get('touchpoint', t.id)!,
      description: t.description,
      channels: defined(t.channels.map(toChannel)),
      initiator: say(t.initiator),
      stage: t.stage ? (index.stages.has(t.stage.id) ? label(index.stages.get(t.stage.id)!) : t.stage.id) : undefined,
      reason: t.reason,
      volume: formatVolume(t.volume, words),
      starts: toProcess(t.starts),
      direction: say(t.direction),
      informs: t.informs,
      uses: defined((t.uses ?? []).map(toFunction)),
    }));
  }

  function functionViews() {
    return [...index.functions.values()].map((f) => ({
      id: f.id,
      title: label(f),
      anchor: anchors.get('function', f.id)!,
      description: f.description,
      priority: f.priority ? say(f.priority) : undefined,
      priorityClass: f.priority ?? 'none',
      area: say(f.area),
      system: toSystem(f.system),
      category: f.category,
      roles: defined(f.roles.map(toRole)),
      records: defined(f.records.map(toData)),
      acceptance: f.acceptance,
      steps: index.stepsUsingFunction(f.id).map((s) => stepIn(s.process, true)(s)),
      // self-service: the touchpoints and channels that offer it to customers
      usedAt: [
        ...model.touchpoints.filter((t) => t.uses?.some((r) => r.id === f.id)).map((t) => toTouchpoint({ id: t.id, loc: t.idLoc })!),
        ...model.channels.filter((c) => c.uses?.some((r) => r.id === f.id)).map((c) => toChannel({ id: c.id, loc: c.idLoc })!),
      ],
    }));
  }

  function channelViews() {
    return [...index.channels.values()].map((c) => ({
      id: c.id,
      title: label(c),
      anchor: anchors.get('channel', c.id)!,
      description: c.description,
      medium: say(c.medium),
      hours: hoursText(c.hours, model.project?.outputLanguage),
      volume: formatVolume(c.volume, words),
      aht: formatSeconds(c.ahtSeconds),
      serviceLevel: c.serviceLevel ? `${formatPercent(c.serviceLevel.fraction)} / ${formatSeconds(c.serviceLevel.seconds)}` : undefined,
      handledBy: defined(c.handledBy.map(toRole)),
      touchpoints: model.touchpoints.filter((t) => t.channels.some((r) => r.id === c.id)).map((t) => toTouchpoint({ id: t.id, loc: t.idLoc })!),
    }));
  }

  function dataViews() {
    const use = dataUse(model);
    return [...index.data.values()].map((d) => ({
      id: d.id,
      title: label(d),
      anchor: anchors.get('data', d.id)!,
      description: d.description,
      system: toSystem(d.system),
      table: d.table,
      personal: d.personal,
      legalBasis: say(d.legalBasis),
      retention: d.retention,
      readBy: defined((use.get(d.id)?.readBy ?? []).map((id) => toRole({ id, loc: d.idLoc }))),
      writtenBy: defined((use.get(d.id)?.writtenBy ?? []).map((id) => toRole({ id, loc: d.idLoc }))),
      steps: index.stepsTouchingData(d.id).map((s) => stepIn(s.process, true)(s)),
    }));
  }

  /**
   * The staffing section: per channel contacts per week, peak agents, FTE and handling cost per contact; per role
   * the people required against headcount. Numbers are formatted here (fixed digits), so templates only arrange.
   * `markdown` is the whole section for index.md, already Markdown-escaped by formatStaffingMarkdown.
   */
  function staffingView(report: StaffingReport) {
    const s = report.summary;
    const channelLink = (id: string): Link => {
      const c = index.channels.get(id);
      return c ? toChannel({ id, loc: c.idLoc })! : { id, text: id };
    };
    const roleLink = (id: string): Link => {
      const r = index.roles.get(id);
      return r ? toRole({ id, loc: r.idLoc })! : { id, text: id };
    };
    return {
      shrinkage: formatPercent(s.shrinkage)!,
      hoursPerWeek: s.hoursPerWeek,
      month: s.month,
      channels: s.channels.map((c) => ({
        channel: channelLink(c.channel),
        contactsPerWeek: String(Math.round(c.weeklyContacts)),
        peakAgents: c.peakAgents,
        peakInterval: intervalText(c.peakInterval, model.project?.outputLanguage),
        fte: decimal(c.fte, 2, model.project?.outputLanguage),
        costPerContact: c.handlingCostPerContact ? formatAmounts([c.handlingCostPerContact], model.project?.outputLanguage) : undefined,
      })),
      roles: s.roles.map((r) => ({
        role: roleLink(r.role),
        required: decimal(r.required, 2, model.project?.outputLanguage),
        headcount: r.headcount,
        gap: r.gap !== undefined ? `${r.gap > 0 ? '+' : ''}${decimal(r.gap, 2, model.project?.outputLanguage)}` : undefined,
        short: r.gap !== undefined && r.gap < 0,
      })),
      skipped: s.skipped.map((x) => ({ channel: channelLink(x.channel), reason: x.reason })),
      markdown: formatStaffingMarkdown(report, { level: 2, language: model.project?.outputLanguage }),
    };
  }

  function kpiViews() {
    return [...index.kpis.values()].map((k) => ({
      id: k.id,
      title: label(k),
      anchor: anchors.get('kpi', k.id)!,
      definition: k.definition ?? k.description,
      // as written; a comparison the measure implies is shown, so that '6m' on AHT reads '<= 6m'
      target: k.target ? (k.target.implied ? `${k.target.op} ${k.target.text}` : k.target.text) : undefined,
      channel: toChannel(k.channel),
      source: toSystem(k.source),
      group: say(k.group),
    }));
  }
}
