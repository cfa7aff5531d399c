import type { ProjectDb } from '../db/projectDatabase';
import { newId } from '../ids/newId';
import { readProjectMeta, writeProjectMeta } from './projectMeta';

/**
 * Which copy of a project this file is, for merging: analysts often start
 * from one shared file, so the project id alone cannot tell Ana's copy from
 * Ben's. A file opened somewhere other than where its replica id was made
 * (a colleague's export saved on another machine, a copy) becomes a new
 * replica; the same file opened where it lives keeps its id. Exports carry
 * their sender's replica id, which is how the merge knows who sent them.
 */
export function ensureReplicaIdentity(db: ProjectDb, canonicalPath: string): string {
  const id = readProjectMeta(db, 'replica_id');
  if (id && readProjectMeta(db, 'replica_path') === canonicalPath) return id;
  const fresh = newId();
  db.transaction(() => {
    writeProjectMeta(db, 'replica_id', fresh);
    writeProjectMeta(db, 'replica_path', canonicalPath);
  })();
  return fresh;
}

/** The id merges know this copy by: its replica id, or (a file never opened since replicas existed) its project id. */
export function replicaIdOf(db: ProjectDb): string {
  return readProjectMeta(db, 'replica_id') ?? readProjectMeta(db, 'project_id') ?? '';
}
