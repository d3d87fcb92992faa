import { posix } from 'node:path';
import { findConfig, findProjectRoots, type ProjectHost } from '@ccp/language';
import { Project } from './project.js';

const inside = (folder: string, path: string) => path === folder || path.startsWith(folder.endsWith('/') ? folder : folder + '/');

/**
 * Which project each file belongs to, found as the CLI finds it: the folder of the nearest ccp.config.json above the
 * file (the same `findConfig` as `ccp check`), or, without one, the workspace folder (where `ccp check` would run).
 * Each project is analysed on its own, with its own config and rules; a project's folder walk does not enter a
 * sub-folder that holds its own config. A file outside every workspace folder (or an untitled buffer) is analysed
 * alone, with what it imports: its folder may be `/` or a home folder, and walking it would read everything below.
 */
export class ProjectRouter {
  folders: string[] = [];
  readonly projects = new Map<string, Project>();
  /** Nearest config per folder (null: none), until a config is created or deleted. */
  private readonly nearest = new Map<string, string | null>();

  constructor(private readonly host: () => ProjectHost) {}

  private folderOf(path: string): string | undefined {
    return this.folders.filter((f) => inside(f, path)).sort((a, b) => b.length - a.length)[0];
  }

  private nearestConfig(dir: string): string | undefined {
    let found = this.nearest.get(dir);
    if (found === undefined) this.nearest.set(dir, (found = findConfig(this.host(), dir) ?? null));
    return found ?? undefined;
  }

  private projectAt(root: string): Project {
    let project = this.projects.get(root);
    if (!project) this.projects.set(root, (project = new Project(root)));
    return project;
  }

  /** The root of the project a folder inside `folder` belongs to. */
  private rootOf(dir: string, folder: string): string {
    const config = this.nearestConfig(dir);
    return config ? posix.dirname(config) : folder;
  }

  /** The project of a file analysed alone (outside every folder, or an untitled buffer). */
  alone(path: string): Project {
    let project = this.projects.get(path);
    if (!project) this.projects.set(path, (project = new Project(posix.dirname(path), path)));
    return project;
  }

  /** Drops the project of a file analysed alone (an untitled buffer closed). */
  forget(path: string): void {
    if (this.projects.get(path)?.only === path) this.projects.delete(path);
  }

  /** The project of a file (absolute, with '/'). */
  projectFor(path: string): Project {
    const folder = this.folderOf(path);
    if (folder === undefined) return this.alone(path);
    return this.projectAt(this.rootOf(path === folder ? folder : posix.dirname(path), folder));
  }

  /** Every project of the workspace folders: each folder's own, and one per ccp.config.json below it. */
  discover(): Project[] {
    const found = new Set<Project>();
    for (const folder of this.folders) {
      found.add(this.projectAt(this.rootOf(folder, folder)));
      for (const dir of findProjectRoots(this.host(), folder)) found.add(this.projectAt(dir));
    }
    return [...found];
  }

  /**
   * A ccp.config.json appeared or disappeared: files may belong elsewhere now. Returns the projects that no longer
   * exist (their diagnostics must be withdrawn); the caller re-discovers and re-analyses the rest.
   */
  configsMoved(): Project[] {
    this.nearest.clear();
    const gone: Project[] = [];
    for (const [key, project] of this.projects) {
      if (project.only !== undefined) continue;
      const config = this.nearestConfig(project.root);
      if (config ? posix.dirname(config) === project.root : this.folders.includes(project.root)) continue;
      this.projects.delete(key);
      gone.push(project);
    }
    return gone;
  }
}
