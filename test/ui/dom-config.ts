/**
 * Taro's H5 components are custom elements whose properties hold React fibers; Testing
 * Library's default error message pretty-prints the DOM with those properties and can run
 * out of memory (every failing attempt inside findBy/waitFor builds one). Keep the message
 * short and print only the page text. Import this first in component tests.
 */
import { configure } from '@testing-library/react'

configure({
  getElementError: (message, container) => {
    const text = (container?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 500)
    const error = new Error(`${message ?? ''}\n\nPage text: ${text}`)
    error.name = 'TestingLibraryElementError'
    return error
  },
})
