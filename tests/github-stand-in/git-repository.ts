import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A commit as the stand-in reports it. */
export interface GitCommit {
  oid: string;
  message: string;
  /** ISO 8601, as GitHub's `committedDate`. */
  committedDate: string;
  authorName: string;
  authorEmail: string;
}

/** A file of a tree, as `git ls-tree -l` lists it. */
export interface GitTreeFile {
  path: string;
  mode: string;
  sha: string;
  size: number;
}

/** A change between two commits: `A`dded, `M`odified, `D`eleted. */
export interface GitChange {
  path: string;
  status: 'A' | 'M' | 'D';
}

/** Who commits through the stand-in: the signed-in editor. */
export interface GitAuthor {
  name: string;
  email: string;
}

/**
 * A bare Git repository on disk, driven with the git CLI: what the GitHub
 * stand-in reads and writes, and what the tests then read back with git
 * itself (the branches, the files of `main`, the diff a publish made).
 */
export class GitRepository {
  readonly dir: string;

  /** Creates the repository in `dir` (emptied first), its `main` holding `files` (path → content) in one commit. */
  constructor(dir: string, files: Record<string, string | Buffer>, author: GitAuthor) {
    this.dir = resolve(dir);
    rmSync(this.dir, { recursive: true, force: true });
    mkdirSync(this.dir, { recursive: true });
    this.git(['init', '--quiet', '--bare', '--initial-branch=main']);
    const additions = Object.entries(files).map(([path, data]) => ({ path, data: Buffer.from(data) }));
    this.commit({ branch: 'main', parent: undefined, additions, deletions: [], message: 'Contenu de départ', author });
  }

  /** Runs git in the repository; its standard output. */
  git(args: string[], options: { input?: Buffer | string; env?: NodeJS.ProcessEnv } = {}): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      input: options.input,
      env: { ...process.env, ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    }).toString();
  }

  /** The commit a branch points at, or `undefined` when there is no such branch. */
  head(branch: string): string | undefined {
    try {
      return this.git(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]).trim();
    } catch {
      return undefined;
    }
  }

  /** Every branch, by name. */
  branches(): string[] {
    return this.git(['for-each-ref', '--format=%(refname:short)', 'refs/heads/']).split('\n').filter(Boolean);
  }

  setBranch(branch: string, oid: string): void {
    this.git(['update-ref', `refs/heads/${branch}`, oid]);
  }

  deleteBranch(branch: string): void {
    this.git(['update-ref', '-d', `refs/heads/${branch}`]);
  }

  /** Whether `oid` names an object of the repository, and which kind (`commit`, `tree`, `blob`). */
  kindOf(oid: string): string | undefined {
    try {
      return this.git(['cat-file', '-t', oid]).trim();
    } catch {
      return undefined;
    }
  }

  /** The files of a commit or tree, recursively. */
  tree(treeish: string): GitTreeFile[] {
    return this.git(['ls-tree', '-r', '-l', '-z', treeish])
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [info, path] = line.split('\t') as [string, string];
        const [mode, , sha, size] = info.split(/\s+/) as [string, string, string, string];
        return { path, mode, sha, size: Number(size) };
      });
  }

  /** The tree a commit points at. */
  treeOf(commit: string): string {
    return this.git(['rev-parse', `${commit}^{tree}`]).trim();
  }

  blob(sha: string): Buffer {
    return execFileSync('git', ['cat-file', 'blob', sha], { cwd: this.dir, maxBuffer: 64 * 1024 * 1024 });
  }

  /** The blob of `path` in a commit, or `undefined`. */
  fileOid(commit: string, path: string): string | undefined {
    const line = this.git(['ls-tree', commit, '--', path]).trim();
    return line ? line.split(/\s+/)[2] : undefined;
  }

  /** The text files of a branch, by path: what the tests compare. */
  files(branch: string): Record<string, string> {
    return Object.fromEntries(this.tree(`refs/heads/${branch}`).map((file) => [file.path, this.blob(file.sha).toString('utf8')]));
  }

  /** Writes the files of a branch into `folder`, as a checkout of it would have them. */
  exportTo(branch: string, folder: string): void {
    const archive = execFileSync('git', ['archive', '--format=tar', `refs/heads/${branch}`], {
      cwd: this.dir,
      maxBuffer: 64 * 1024 * 1024,
    });
    execFileSync('tar', ['-x', '-C', folder], { input: archive });
  }

  /** The commits reachable from `commit`, newest first, those that touched `path` when given. */
  history(commit: string, options: { first: number; path?: string }): GitCommit[] {
    const format = ['%H', '%s', '%cI', '%an', '%ae'].join('%x1f');
    const args = ['log', `--max-count=${options.first}`, `--format=${format}%x1e`, commit, ...(options.path ? ['--', options.path] : [])];
    return this.git(args)
      .split('\x1e')
      .map((record) => record.trim())
      .filter(Boolean)
      .map((record) => {
        const [oid, message, committedDate, authorName, authorEmail] = record.split('\x1f') as [string, string, string, string, string];
        return { oid, message, committedDate, authorName, authorEmail };
      });
  }

  /** The files that differ between two commits (`git diff --name-status`). */
  changes(base: string, head: string): GitChange[] {
    return this.git(['diff', '--name-status', '--no-renames', '-z', base, head])
      .split('\0')
      .filter(Boolean)
      .reduce<GitChange[]>((changes, part, index, parts) => {
        if (index % 2 === 0) changes.push({ status: part as GitChange['status'], path: parts[index + 1]! });
        return changes;
      }, []);
  }

  /** Lines added and removed in `path` between two commits. */
  lineCounts(base: string, head: string, path: string): { additions: number; deletions: number } {
    const [added = '0', removed = '0'] = this.git(['diff', '--numstat', base, head, '--', path]).trim().split(/\s+/);
    return { additions: Number(added) || 0, deletions: Number(removed) || 0 };
  }

  /** The merge base of two commits. */
  mergeBase(a: string, b: string): string {
    return this.git(['merge-base', a, b]).trim();
  }

  /**
   * Commits `additions` and `deletions` on top of `parent` and moves
   * `branch` to the new commit: what GitHub's createCommitOnBranch does.
   */
  commit(change: {
    branch: string;
    parent: string | undefined;
    additions: { path: string; data: Buffer }[];
    deletions: string[];
    message: string;
    author: GitAuthor;
  }): string {
    const index = join(this.dir, `index-${process.pid}-${Date.now()}`);
    const env = { GIT_INDEX_FILE: index };
    try {
      if (change.parent) this.git(['read-tree', change.parent], { env });
      const lines = [
        ...change.additions.map(
          ({ path, data }) => `100644 ${this.git(['hash-object', '-w', '--stdin'], { input: data }).trim()}\t${path}`,
        ),
        ...change.deletions.map((path) => `0 ${'0'.repeat(40)}\t${path}`),
      ];
      this.git(['update-index', '--add', '--index-info'], { input: `${lines.join('\n')}\n`, env });
      const tree = this.git(['write-tree'], { env }).trim();
      const oid = this.commitTree(tree, change.parent ? [change.parent] : [], change.message, change.author);
      this.setBranch(change.branch, oid);
      return oid;
    } finally {
      rmSync(index, { force: true });
    }
  }

  /**
   * Merges `head` into `base` as GitHub's merge button does: a merge
   * commit, or `undefined` when the two conflict.
   */
  merge(base: string, head: string, message: string, author: GitAuthor): string | undefined {
    const baseOid = this.head(base)!;
    const headOid = this.head(head)!;
    let tree: string;
    try {
      tree = this.git(['merge-tree', '--write-tree', baseOid, headOid]).split('\n')[0]!.trim();
    } catch {
      return undefined;
    }
    const oid = this.commitTree(tree, [baseOid, headOid], message, author);
    this.setBranch(base, oid);
    return oid;
  }

  private commitTree(tree: string, parents: string[], message: string, author: GitAuthor): string {
    const identity = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
    };
    return this.git(['commit-tree', tree, ...parents.flatMap((parent) => ['-p', parent]), '-m', message], { env: identity }).trim();
  }
}
