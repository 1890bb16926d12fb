import { defaultPack } from '../../src/model';

/** A deep, freely editable copy of the default pack, as if read from a JSON file. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function editablePack(): any {
  return JSON.parse(JSON.stringify(defaultPack));
}
