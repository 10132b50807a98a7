import type { Config } from 'tailwindcss'

// Colours are CSS variables (app/globals.css) so light and dark schemes share one palette and
// every pair used for text passes WCAG AA contrast.
export default {
  theme: {
    extend: {
      colors: {
        page: 'var(--page)',
        surface: 'var(--surface)',
        ink: 'var(--ink)',
        muted: 'var(--muted)',
        line: 'var(--line)',
        accent: 'var(--accent)',
        'accent-ink': 'var(--accent-ink)',
        'accent-soft': 'var(--accent-soft)',
        warn: 'var(--warn)',
        'warn-soft': 'var(--warn-soft)',
        danger: 'var(--danger)',
        'danger-soft': 'var(--danger-soft)',
      },
      maxWidth: { measure: '68ch' },
    },
  },
} satisfies Config
