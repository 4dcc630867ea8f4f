/**
 * Failures of the disk rather than of the build: a full file system, a read-only one, an output folder
 * the build may not change (permissions, the immutable attribute). Each becomes one message naming
 * the folder, instead of whatever error a step happened to meet first.
 */
import { accessSync, constants, statfsSync } from 'node:fs';

/** Below this, a failed build's file system is called full: a step may have failed on a partly written file. */
const FULL_BYTES = 1024 * 1024;

const CODES = ['ENOSPC', 'EDQUOT', 'EROFS', 'EPERM', 'EACCES'] as const;
type StorageCode = (typeof CODES)[number];

function message(code: StorageCode, folder: string): string {
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return `Ruang penyimpanan habis di ${folder} (${code}): kosongkan ruang lalu bangun lagi. [No space left for ${folder} (${code}): free some space and build again.]`;
  }
  if (code === 'EROFS') {
    return `Folder ${folder} berada di sistem berkas hanya-baca (EROFS): bangun ke folder lain dengan --outDir. [${folder} is on a read-only file system (EROFS): build elsewhere with --outDir.]`;
  }
  return (
    `Folder ${folder} tidak boleh diubah (${code}: izin folder, atau atribut immutable — lihat lsattr): beri izin tulis atau bangun ke folder lain dengan --outDir. ` +
    `[${folder} may not be changed (${code}: its permissions, or the immutable attribute — see lsattr): allow writing or build elsewhere with --outDir.]`
  );
}

/** A disk's refusal, told as such: its message names the folder and the fix. */
export class StorageFailure extends Error {}

const codeOf = (error: unknown): StorageCode | undefined => CODES.find((code) => code === (error as NodeJS.ErrnoException | undefined)?.code);

/**
 * Throws the storage message when `target` (if it exists) and its parent folder could not be replaced:
 * checked before a build, not after its minutes of work. Moving a folder to another parent writes
 * both, and a write check fails where they would (read-only, immutable, permissions).
 */
export function checkWritable(target: string, parent: string): void {
  for (const folder of [parent, target]) {
    try {
      accessSync(folder, constants.W_OK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      const code = codeOf(error);
      throw code === undefined ? error : new StorageFailure(message(code, folder));
    }
  }
}

/** The storage message for an error thrown while writing into `folder`, if it is one. */
export function storageMessage(error: unknown, folder: string): string | undefined {
  if (error instanceof StorageFailure) return error.message;
  const code = codeOf(error);
  return code === undefined ? undefined : message(code, folder);
}

/** The storage message for a step's log that names a full or read-only file system, if it does. */
export function storageFailureNamedIn(log: string, folder: string): string | undefined {
  const named = /\b(ENOSPC|EDQUOT|EROFS)\b/.exec(log)?.[1] as StorageCode | undefined;
  return named === undefined ? undefined : message(named, folder);
}

/**
 * Why a build whose steps wrote into `work` failed, if the disk is the reason (told as `folder`'s): a
 * step's log that names a full or read-only file system, or (checked before the work folder is
 * removed) hardly any room left, whatever a step made of it (a truncated file compared, a parse error).
 */
export function storageFailureIn(log: string, work: string, folder: string): string | undefined {
  const named = storageFailureNamedIn(log, folder);
  if (named !== undefined) return named;
  try {
    const { bavail, bsize } = statfsSync(work);
    return bavail * bsize < FULL_BYTES ? message('ENOSPC', folder) : undefined;
  } catch {
    return undefined;
  }
}
