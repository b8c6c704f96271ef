import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway git repository with fixed identities and dates, so its history is the same on every run. */
export interface ScratchRepo {
  dir: string;
  git(...args: string[]): string;
  /** Writes the files (path → text, null deletes) and commits them; returns the commit's full hash. */
  commit(subject: string, files: Record<string, string | null>): string;
  dispose(): void;
}

export function scratchRepo(prefix = 'wc-scratch-git-'): ScratchRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let tick = 0;
  const git = (...args: string[]) => {
    const date = `2024-01-${String(1 + Math.floor(tick / 24)).padStart(2, '0')}T${String(tick % 24).padStart(2, '0')}:00:00Z`;
    const env = {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 'Ada',
      GIT_AUTHOR_EMAIL: 'ada@example.com',
      GIT_COMMITTER_NAME: 'Ada',
      GIT_COMMITTER_EMAIL: 'ada@example.com',
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
    };
    return execFileSync('git', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 }).toString();
  };
  git('init', '-q', '-b', 'main');
  return {
    dir,
    git,
    commit(subject, files) {
      for (const [path, text] of Object.entries(files)) {
        if (text === null) rmSync(join(dir, path), { force: true });
        else {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), text);
        }
      }
      git('add', '-A');
      tick++;
      git('commit', '-q', '--allow-empty', '-m', subject);
      return git('rev-parse', 'HEAD').trim();
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
