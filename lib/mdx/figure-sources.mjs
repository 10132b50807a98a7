/** Bibliography ids in a figure's data, in order of appearance (every key named "sources"). */
export function sourcesInOrder(data) {
  const out = []
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
