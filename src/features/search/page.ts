/** The search page's screen. Import only from src/pages/search: it pulls in the search engine. */
export { SearchScreen } from './search-screen'
