/**
 * Matter search. This entry is light on purpose (the tabs import it at start): the search page
 * takes its screen from `./page`, so the engine and its data load only with that page.
 */
export { SearchEntry, type SearchEntryProps } from './search-entry'
export { openSearch, complaintUrl, SEARCH_PAGE } from './links'
