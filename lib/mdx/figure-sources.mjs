// @ts-check

/**
 * Bibliography ids in a figure's data, in order of appearance (every key named "sources").
 * The data is parsed YAML (plain objects and arrays), not a syntax tree, so this small walk is
 * its own rather than unist-util-visit's.
 * @param {unknown} data
 * @returns {string[]}
 */
export function sourcesInOrder(data) {
  /** @type {string[]} */
  const out = []
  /** @param {unknown} value */
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(v)) v.forEach((id) => !out.includes(String(id)) && out.push(String(id)))
        else visit(v)
      }
    }
  }
  visit(data)
  return out
}
