import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeErrorHint, writeFileAtomic } from '../../scripts/core/atomic-write.js';
import { tempDir } from '../helpers/temp-spec.js';

describe('writeFileAtomic', () => {
  it('writes through a symlink: the target gets the content, the link stays a link', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'target.json'), 'old');
    symlinkSync('target.json', join(dir, 'link.json'));
    writeFileAtomic(join(dir, 'link.json'), 'new');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.json'))).toBe('target.json');
    expect(readFileSync(join(dir, 'target.json'), 'utf8')).toBe('new');
  });

  it.each([
    ['a device', () => '/dev/full', /^is a device, not a regular file: cannot write the output there$/],
    ['a folder', () => tempDir(), /^is a directory, not a regular file/],
    [
      'a FIFO',
      () => {
        const fifo = join(tempDir(), 'fifo');
        execFileSync('mkfifo', [fifo]);
        return fifo;
      },
      /^is a FIFO, not a regular file/,
    ],
    [
      'a symlink to a device',
      () => {
        const link = join(tempDir(), 'full');
        symlinkSync('/dev/full', link);
        return link;
      },
      /^is a device, not a regular file/,
    ],
    [
      'a dangling symlink',
      () => {
        const link = join(tempDir(), 'dangling');
        symlinkSync('nowhere', link);
        return link;
      },
      /^is a symlink to nothing \(a dangling link\): refusing to replace it$/,
    ],
  ])('refuses %s and leaves it as it was', (_name, make, message) => {
    const path = make();
    const before = lstatSync(path);
    expect(() => writeFileAtomic(path, 'x')).toThrow(message);
    const after = lstatSync(path);
    expect([after.mode, after.rdev, after.size]).toEqual([before.mode, before.rdev, before.size]);
  });

  it('leaves /dev/full a character device', () => {
    expect(() => writeFileAtomic('/dev/full', 'x')).toThrow();
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it.each([
    ['ENOSPC', 'free some space on that disk, or write elsewhere'],
    ['EDQUOT', 'free some space on that disk, or write elsewhere'],
    ['EACCES', 'write into a folder you may write to'],
    ['EROFS', 'write into a folder you may write to'],
    ['ENOENT', 'check that the folder exists'],
  ])('the hint for %s: %s', (code, hint) => {
    expect(writeErrorHint(Object.assign(new Error(code), { code }))).toBe(hint);
  });
});
