import { cliMessage, cliText, helpTexts, type CliKey, type CliText, type CliTexts, type HelpTexts, type OutputLanguage } from '@ccp/core';
import { Option, type Command, type CommanderError, type Help } from 'commander';
import { UsageError, type CliContext, type CliLanguage } from './context.js';

/**
 * The language ccp speaks in: usage errors, commander's errors, findings and the lines the commands print. In
 * this order: `--lang` on the command line, then the `CCP_LANG` environment variable, then the project's
 * `output_language` as soon as a project has been read (English when it declares none), then, for what is said
 * before any project is known, the locale (LC_ALL, else LC_MESSAGES, else LANG) when it starts with `pl`; else
 * English. Documents that ccp writes (docs, spec, diagrams) follow the project's output_language.
 */
export function spoken(ctx: CliContext): OutputLanguage {
  const l = ctx.language;
  return l?.given ?? l?.project ?? l?.locale ?? 'en';
}

type Args<K extends CliKey> = Parameters<CliTexts[K]>[0];

/** A catalog message in the language ccp speaks in now. */
export function say<K extends CliKey>(ctx: CliContext, key: K, ...args: Args<K> extends undefined ? [] : [Args<K>]): string {
  return cliMessage(cliText(key, ...args), spoken(ctx));
}

const isLanguage = (v: string | undefined): v is OutputLanguage => v === 'en' || v === 'pl';

/** The last `--lang X` or `--lang=X` before `--`, read before commander parses (its own errors need a language). */
function langInArgs(argv: string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') found = argv[++i];
    else if (a.startsWith('--lang=')) found = a.slice('--lang='.length);
  }
  return found;
}

/** The locale's language: `pl` when LC_ALL (else LC_MESSAGES, else LANG) starts with pl (pl_PL.UTF-8, pl). */
export function localeLanguage(env: NodeJS.ProcessEnv): OutputLanguage | undefined {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return locale && /^pl(?:[_.@-]|$)/i.test(locale) ? 'pl' : undefined;
}

/**
 * The language known before commander parses: a valid --lang, else CCP_LANG, and the locale. A CCP_LANG that is
 * neither en nor pl is a usage error (returned, for main() to throw once it can print it); an invalid --lang is left
 * to commander, whose choice error then names it.
 */
export function startLanguage(argv: string[], env: NodeJS.ProcessEnv): { language: CliLanguage; error?: UsageError } {
  const locale = localeLanguage(env);
  const language: CliLanguage = locale ? { locale } : {};
  const flag = langInArgs(argv);
  const variable = env.CCP_LANG;
  if (isLanguage(flag)) language.given = flag;
  else if (isLanguage(variable)) language.given = variable;
  const error = variable !== undefined && variable !== '' && !isLanguage(variable) ? new UsageError(cliText('envLangExpected', { value: variable })) : undefined;
  return error ? { language, error } : { language };
}

/**
 * The help texts (descriptions of the commands, arguments and options) in the language known at start-up: --lang,
 * else CCP_LANG, else the locale. The project is not read for --help: its output_language is declared in a .ccp
 * file, which would have to be found and parsed before any help could be shown.
 */
export function helpIn(ctx: CliContext): HelpTexts {
  return helpTexts(spoken(ctx));
}

/** Commander's suffix of a description, `(choices: "a", "b", default: "a")`, in the help's words. */
function extraInfo(t: HelpTexts, item: { argChoices?: string[]; defaultValue?: unknown; defaultValueDescription?: string }, showDefault: boolean, more: string[] = []): string {
  const extra: string[] = [];
  if (item.argChoices) extra.push(`${t.choicesAre}: ${item.argChoices.map((c) => JSON.stringify(c)).join(', ')}`);
  // a repeatable option's empty list (`--rule`) is no default worth showing
  const empty = Array.isArray(item.defaultValue) && item.defaultValue.length === 0;
  if (item.defaultValue !== undefined && showDefault && !empty) extra.push(`${t.defaultIs}: ${item.defaultValueDescription || JSON.stringify(item.defaultValue)}`);
  const all = extra.concat(more);
  return all.length ? `(${all.join(', ')})` : '';
}

const joined = (description: string, extra: string) => (description && extra ? `${description} ${extra}` : description || extra);

/**
 * Commander's own words in the help's language: the titles (Usage:, Options: ...), the `[options]` and `[command]`
 * of the usage line, the `(default: ...)`, `(choices: ...)`, `(env: ...)` and `(preset: ...)` suffixes (the rules
 * of commander's Help.optionDescription and argumentDescription, but an empty list is not shown as a default), the
 * help option and the help command (main() gives the version option its text). Set on the program before the commands are added: each command copies them when it is created.
 */
export function localizeHelp(program: Command, ctx: CliContext): void {
  const t = helpIn(ctx);
  const titles: Record<string, string> = {
    'Usage:': t.usage,
    'Arguments:': t.arguments,
    'Options:': t.options,
    'Commands:': t.commands,
    'Global Options:': t.globalOptions,
  };
  program
    .helpOption('-h, --help', t.helpOption)
    .helpCommand(`help ${t.usageCommand}`, t.helpCommand)
    .configureHelp({
      styleTitle: (title: string) => titles[title] ?? title,
      styleOptionText: (text: string) => (text === '[options]' ? t.usageOptions : text),
      styleSubcommandText: (text: string) => (text === '[command]' ? t.usageCommand : text),
      optionDescription(option) {
        // as commander: the default of a boolean or negated option is for programmers, not shown
        const showDefault = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
        const more: string[] = [];
        if (option.presetArg !== undefined && option.optional) more.push(`${t.presetIs}: ${JSON.stringify(option.presetArg)}`);
        if (option.envVar !== undefined) more.push(`${t.envVariable}: ${option.envVar}`);
        return joined(option.description, extraInfo(t, option, showDefault, more));
      },
      argumentDescription: (argument) => joined(argument.description, extraInfo(t, argument, true)),
    } satisfies Partial<Help>);
}

/**
 * The global --lang: on the program and on every command that has not its own (check and staffing have one with
 * the same meaning), so that it may stand before or after the command name; each command's action then sees the
 * chosen language in ctx.language.given.
 */
export function addLangOption(program: Command, ctx: CliContext): void {
  const t = helpIn(ctx);
  const add = (c: Command) => {
    if (!c.options.some((o) => o.long === '--lang')) c.addOption(new Option(`--lang <${t.valueLanguage}>`, t.lang).choices(['en', 'pl']));
    for (const sub of c.commands) add(sub);
  };
  add(program);
  program.hook('preAction', (_program, action) => {
    const chosen = (action.opts() as { lang?: string }).lang ?? (program.opts() as { lang?: string }).lang;
    if (isLanguage(chosen)) ctx.language = { ...ctx.language, given: chosen };
  });
}

/** The long name of an option from its flags: `-f, --format <format>` -> `--format`. */
const longName = (flags: string) => /--[\w-]+/.exec(flags)?.[0] ?? flags.split(/[ ,]/)[0]!;

/** Commander's parse error as a catalog message, by its code (the values read from its English message). */
export function commanderText(error: CommanderError): CliText {
  const m = error.message.replace(/^error: /, '');
  let x: RegExpExecArray | null;
  switch (error.code) {
    case 'commander.unknownOption':
      if ((x = /^unknown option '(.*?)'(?:\n\(Did you mean (.*)\?\))?$/s.exec(m))) return cliText('unknownOption', { option: x[1]!, ...(x[2] ? { suggestion: x[2] } : {}) });
      break;
    case 'commander.unknownCommand':
      if ((x = /^unknown command '(.*?)'(?:\n\(Did you mean (.*)\?\))?$/s.exec(m))) return cliText('unknownCommand', { command: x[1]!, ...(x[2] ? { suggestion: x[2] } : {}) });
      break;
    case 'commander.missingArgument':
      if ((x = /^missing required argument '(.*)'$/s.exec(m))) return cliText('missingArgument', { name: x[1]! });
      break;
    case 'commander.optionMissingArgument':
      if ((x = /^option '(.*)' argument missing$/s.exec(m))) return cliText('optionMissingArgument', { option: longName(x[1]!) });
      break;
    case 'commander.missingMandatoryOptionValue':
      if ((x = /^required option '(.*)' not specified$/s.exec(m))) return cliText('missingMandatoryOption', { option: longName(x[1]!) });
      break;
    case 'commander.invalidArgument':
      if ((x = /^option '(.*?)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/s.exec(m))) return cliText('invalidChoice', { option: longName(x[1]!), value: x[2]!, choices: x[3]! });
      break;
    case 'commander.excessArguments':
      if ((x = /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s.exec(m))) {
        return cliText('excessArguments', { command: x[1] ?? 'ccp', expected: Number(x[2]), got: Number(x[3]) });
      }
      break;
  }
  return cliText('commanderOther', { message: m });
}
