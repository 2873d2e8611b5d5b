import { editingRequest } from './request';

/** Removes a relationship read at `version`. */
export async function unlink(id: string, version: number): Promise<void> {
  await editingRequest('mutation Unlink($id: ID!, $v: Int!) { unlink(id: $id, version: $v) { id } }', { id, v: version });
}
