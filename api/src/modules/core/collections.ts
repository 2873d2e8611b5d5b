/**
 * The entry of `key`, made with `make` and stored first when the map has none: the one way the
 * readers and rules build their nested indexes (Map.prototype.getOrInsertComputed is not in
 * Node 20).
 */
export function getOrCreate<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
